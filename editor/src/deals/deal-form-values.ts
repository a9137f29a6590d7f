import type { Deal, DealStatus } from '@deedroom/shared';
import { convertCentsToEuros } from './convert-euros-to-cents';

/** What the programme fields of a deal form hold; numbers are '' while the input is empty. */
export interface DealDetailsValues {
  name: string;
  city: string;
  lots: number | string;
  amountEuros: number | string;
  status: DealStatus;
}

/** The parties chosen when a deal is opened (they cannot be changed afterwards). */
export interface DealPartiesValues {
  developerOrgId: string | null;
  notaryOrgIds: string[];
  bankOrgIds: string[];
}

export type DealDetailsErrors = Partial<Record<keyof DealDetailsValues, string>>;
export type DealPartiesErrors = Partial<Record<keyof DealPartiesValues, string>>;

export const EMPTY_DEAL_DETAILS: DealDetailsValues = {
  name: '',
  city: '',
  lots: '',
  amountEuros: '',
  status: 'draft',
};

export const EMPTY_DEAL_PARTIES: DealPartiesValues = {
  developerOrgId: null,
  notaryOrgIds: [],
  bankOrgIds: [],
};

/** The form values of an existing deal, for "Modifier le dossier". */
export function readDealDetails(deal: Deal): DealDetailsValues {
  return {
    name: deal.name,
    city: deal.city,
    lots: deal.lots,
    amountEuros: convertCentsToEuros(deal.amountCents),
    status: deal.status,
  };
}
