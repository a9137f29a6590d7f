import { LIMITS } from '@deedroom/shared';
import { formatEuros } from '../format/format-euros';
import { convertEurosToCents } from './convert-euros-to-cents';
import type {
  DealDetailsErrors,
  DealDetailsValues,
  DealPartiesErrors,
  DealPartiesValues,
} from './deal-form-values';

const MAX_LOTS_TEXT = LIMITS.maxLotsPerDeal.toLocaleString('fr-FR');

/** French messages for every programme field the API would refuse, checked before sending. */
export function validateDealDetails(values: DealDetailsValues): DealDetailsErrors {
  const errors: DealDetailsErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Saisissez le nom du programme.';
  else if (name.length > LIMITS.dealNameMaxLength)
    errors.name = `Le nom du programme ne peut dépasser ${LIMITS.dealNameMaxLength} caractères.`;

  const city = values.city.trim();
  if (city === '') errors.city = 'Saisissez la ville du programme.';
  else if (city.length > LIMITS.cityMaxLength)
    errors.city = `Le nom de la ville ne peut dépasser ${LIMITS.cityMaxLength} caractères.`;

  if (typeof values.lots !== 'number') errors.lots = 'Indiquez le nombre de lots du programme.';
  else if (!Number.isInteger(values.lots) || values.lots < 1 || values.lots > LIMITS.maxLotsPerDeal)
    errors.lots = `Le nombre de lots doit être un entier compris entre 1 et ${MAX_LOTS_TEXT}.`;

  if (typeof values.amountEuros !== 'number') errors.amountEuros = 'Indiquez le montant du financement.';
  else if (values.amountEuros < 0) errors.amountEuros = 'Le montant ne peut pas être négatif.';
  else if (convertEurosToCents(values.amountEuros) > LIMITS.maxDealAmountCents)
    errors.amountEuros = `Le montant ne peut dépasser ${formatEuros(LIMITS.maxDealAmountCents)}.`;

  return errors;
}

export function validateDealParties(values: DealPartiesValues): DealPartiesErrors {
  const errors: DealPartiesErrors = {};
  if (!values.developerOrgId) errors.developerOrgId = 'Choisissez le promoteur du programme.';
  if (values.notaryOrgIds.length > 10) errors.notaryOrgIds = 'Dix offices notariaux au plus.';
  if (values.bankOrgIds.length > 10) errors.bankOrgIds = 'Dix banques partenaires au plus.';
  return errors;
}
