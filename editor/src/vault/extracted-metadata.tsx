import type { VaultVersion } from '@deedroom/shared';
import { Group, Stack, Text } from '@mantine/core';
import { formatDay } from '../deed-history/format-french-time';
import classes from './vault.module.css';

const EUROS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 2,
});

/** « 123 456 789 », as a SIREN is written. */
function formatSiren(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1\u00a0$2\u00a0$3');
}

/** What extraction read in the version: dates, SIRENs, amounts. */
export function ExtractedMetadata({ version }: { version: VaultVersion }) {
  if (version.analysisStatus === 'pending') {
    return (
      <Text size="sm" c="dimmed">
        Analyse en cours : les dates, SIREN et montants apparaîtront ici.
      </Text>
    );
  }
  if (version.analysisStatus === 'failed') {
    return (
      <Text size="sm" c="dimmed">
        L’analyse de ce fichier n’a pas abouti ; il reste consultable et téléchargeable.
      </Text>
    );
  }
  const { dates, sirens, amounts } = version.metadata;
  if (dates.length + sirens.length + amounts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Aucune date, aucun SIREN ni montant repéré dans ce document.
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="vault-extracted-metadata">
      <MetadataLine label="Dates" values={dates.map(formatDay)} />
      <MetadataLine label="SIREN" values={sirens.map(formatSiren)} />
      <MetadataLine label="Montants" values={amounts.map((amount) => EUROS.format(amount))} />
    </Stack>
  );
}

function MetadataLine({ label, values }: { label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <Group gap={8} align="baseline" wrap="nowrap">
      <Text size="xs" c="dimmed" w={72} className={classes.nowrap}>
        {label}
      </Text>
      <Text size="sm" className={classes.metadataValues}>
        {values.slice(0, 12).join(' · ')}
        {values.length > 12 && ` · et ${values.length - 12} autres`}
      </Text>
    </Group>
  );
}
