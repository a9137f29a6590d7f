import type { CreateDealRequest, Deal, UpdateDealRequest } from '@deedroom/shared';
import { convertEurosToCents } from './convert-euros-to-cents';
import type { DealDetailsValues, DealPartiesValues } from './deal-form-values';

type DealDetailsRequest = Pick<CreateDealRequest, 'name' | 'city' | 'lots' | 'amountCents' | 'status'>;

/** The programme fields as the API takes them; call only once the values are valid. */
function buildDealDetails(values: DealDetailsValues): DealDetailsRequest {
  return {
    name: values.name.trim(),
    city: values.city.trim(),
    lots: Number(values.lots),
    amountCents: convertEurosToCents(Number(values.amountEuros)),
    status: values.status,
  };
}

export function buildCreateDealRequest(
  details: DealDetailsValues,
  parties: DealPartiesValues,
): CreateDealRequest {
  return {
    ...buildDealDetails(details),
    developerOrgId: parties.developerOrgId ?? '',
    notaryOrgIds: parties.notaryOrgIds,
    bankOrgIds: parties.bankOrgIds,
  };
}

/** Only the fields that differ from the deal: null when nothing changed. */
export function buildDealPatch(deal: Deal, details: DealDetailsValues): UpdateDealRequest | null {
  const next = buildDealDetails(details);
  const patch: UpdateDealRequest = {};
  if (next.name !== deal.name) patch.name = next.name;
  if (next.city !== deal.city) patch.city = next.city;
  if (next.lots !== deal.lots) patch.lots = next.lots;
  if (next.amountCents !== deal.amountCents) patch.amountCents = next.amountCents;
  if (next.status !== deal.status) patch.status = next.status;
  return Object.keys(patch).length > 0 ? patch : null;
}
