import { DEAL_STATUS_LABELS, DEAL_STATUSES, type DealStatus, LIMITS } from '@deedroom/shared';
import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { DealDetailsErrors, DealDetailsValues } from '../../deals/deal-form-values';

const STATUS_OPTIONS = DEAL_STATUSES.map((status) => ({ value: status, label: DEAL_STATUS_LABELS[status] }));

function isDealStatus(value: string | null): value is DealStatus {
  return value !== null && (DEAL_STATUSES as readonly string[]).includes(value);
}

interface DealDetailsFieldsProps {
  values: DealDetailsValues;
  errors: DealDetailsErrors;
  onChange: <K extends keyof DealDetailsValues>(field: K, value: DealDetailsValues[K]) => void;
  disabled: boolean;
}

/** Programme, city, lots, amount (typed in euros) and status: shared by creation and edition. */
export function DealDetailsFields({ values, errors, onChange, disabled }: DealDetailsFieldsProps) {
  return (
    <Stack gap="md">
      <TextInput
        label="Nom du programme"
        required
        data-autofocus
        maxLength={LIMITS.dealNameMaxLength}
        value={values.name}
        onChange={(event) => onChange('name', event.currentTarget.value)}
        error={errors.name}
        disabled={disabled}
        data-testid="deal-form-name"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label="Ville"
          required
          maxLength={LIMITS.cityMaxLength}
          value={values.city}
          onChange={(event) => onChange('city', event.currentTarget.value)}
          error={errors.city}
          disabled={disabled}
          data-testid="deal-form-city"
        />
        <NumberInput
          label="Nombre de lots"
          required
          min={1}
          max={LIMITS.maxLotsPerDeal}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          hideControls
          clampBehavior="none"
          value={values.lots}
          onChange={(value) => onChange('lots', value)}
          error={errors.lots}
          disabled={disabled}
          data-testid="deal-form-lots"
        />
        <NumberInput
          label="Montant du financement"
          description="En euros"
          required
          min={0}
          allowNegative={false}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator=" "
          suffix=" €"
          hideControls
          clampBehavior="none"
          value={values.amountEuros}
          onChange={(value) => onChange('amountEuros', value)}
          error={errors.amountEuros}
          disabled={disabled}
          data-testid="deal-form-amount"
        />
        <Select
          label="Statut"
          description="Étape actuelle du financement"
          required
          allowDeselect={false}
          data={STATUS_OPTIONS}
          value={values.status}
          onChange={(value) => {
            if (isDealStatus(value)) onChange('status', value);
          }}
          error={errors.status}
          disabled={disabled}
          data-testid="deal-form-status"
        />
      </SimpleGrid>
    </Stack>
  );
}
