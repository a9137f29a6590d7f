import type { Org } from '@deedroom/shared';
import { Alert, MultiSelect, Select, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { DealPartiesErrors, DealPartiesValues } from '../../deals/deal-form-values';
import { listOrgOptions } from '../../deals/list-org-options';
import type { ApiResource } from '../../hooks/use-api-resource';
import { LoadErrorAlert } from '../load-error-alert';

interface DealPartiesFieldsProps {
  orgs: ApiResource<Org[]>;
  onRetry: () => void;
  /** The user's own bank: always a party, so it is not offered among the pool banks. */
  ownOrgId: string;
  values: DealPartiesValues;
  errors: DealPartiesErrors;
  onChange: <K extends keyof DealPartiesValues>(field: K, value: DealPartiesValues[K]) => void;
  disabled: boolean;
}

/** Developer, notaries and pool banks of a new deal, chosen among the organisations on Deedroom. */
export function DealPartiesFields({
  orgs,
  onRetry,
  ownOrgId,
  values,
  errors,
  onChange,
  disabled,
}: DealPartiesFieldsProps) {
  if (orgs.status === 'loading') {
    return (
      <Stack
        gap="md"
        role="status"
        aria-label="Chargement des organisations"
        data-testid="deal-form-orgs-loading"
      >
        <Skeleton height={56} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Skeleton height={56} />
          <Skeleton height={56} />
        </SimpleGrid>
      </Stack>
    );
  }
  if (orgs.status === 'error') {
    return (
      <LoadErrorAlert title="Impossible de charger les organisations" error={orgs.error} onRetry={onRetry} />
    );
  }

  const developers = listOrgOptions(orgs.data, 'developer');
  const notaries = listOrgOptions(orgs.data, 'notary');
  const banks = listOrgOptions(orgs.data, 'bank', ownOrgId);

  return (
    <Stack gap="md">
      {developers.length === 0 && (
        <Alert variant="light" color="orange" icon={<IconInfoCircle size={20} aria-hidden="true" />}>
          Aucun promoteur n’est encore enregistré sur Deedroom. Un administrateur de la plateforme doit
          d’abord créer son organisation depuis la page Administration.
        </Alert>
      )}
      <Select
        label="Promoteur"
        description="La société qui porte le programme et emprunte"
        placeholder={developers.length === 0 ? 'Aucun promoteur disponible' : 'Choisir le promoteur'}
        required
        searchable
        nothingFoundMessage="Aucun promoteur ne correspond"
        data={developers}
        value={values.developerOrgId}
        onChange={(value) => onChange('developerOrgId', value)}
        error={errors.developerOrgId}
        disabled={disabled || developers.length === 0}
        data-testid="deal-form-developer"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MultiSelect
          label="Notaires"
          description={notaries.length === 0 ? 'Aucun office notarial enregistré' : 'Un ou plusieurs offices'}
          placeholder={values.notaryOrgIds.length === 0 ? 'Choisir les offices notariaux' : undefined}
          searchable
          nothingFoundMessage="Aucun office ne correspond"
          data={notaries}
          value={values.notaryOrgIds}
          onChange={(value) => onChange('notaryOrgIds', value)}
          error={errors.notaryOrgIds}
          disabled={disabled || notaries.length === 0}
          data-testid="deal-form-notaries"
        />
        <MultiSelect
          label="Autres banques du pool"
          description={
            banks.length === 0 ? 'Aucune autre banque enregistrée' : 'Facultatif : crédit syndiqué'
          }
          placeholder={values.bankOrgIds.length === 0 ? 'Aucune' : undefined}
          searchable
          nothingFoundMessage="Aucune banque ne correspond"
          data={banks}
          value={values.bankOrgIds}
          onChange={(value) => onChange('bankOrgIds', value)}
          error={errors.bankOrgIds}
          disabled={disabled || banks.length === 0}
          data-testid="deal-form-banks"
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Votre banque est partie au dossier d’office. Les parties ne peuvent plus être modifiées une fois le
        dossier ouvert.
      </Text>
    </Stack>
  );
}
