import { DEED_KIND_LABELS, type Deed } from '@deedroom/shared';
import { EmptyState, Group, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight, IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import { fetchDealDeeds } from '../api/deals-api';
import { ImportWordButton } from '../deed-word/import-word-button';
import { formatDate } from '../format/format-date';
import { useApiResource } from '../hooks/use-api-resource';
import classes from './deeds-panel.module.css';
import { LoadErrorAlert } from './load-error-alert';

function DeedRow({ deed }: { deed: Deed }) {
  return (
    <Link
      to={`/deals/${encodeURIComponent(deed.dealId)}/deeds/${encodeURIComponent(deed.id)}`}
      className={classes.row}
      data-testid={`deed-row-${deed.id}`}
      data-deed-id={deed.id}
    >
      <Group wrap="nowrap" gap="md" miw={0}>
        <ThemeIcon size={36} radius="sm" variant="light" color="navy">
          <IconFileText size={20} stroke={1.6} aria-hidden="true" />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text fw={600} truncate="end">
            {deed.title}
          </Text>
          <Text size="sm" c="dimmed">
            <Text span size="sm" c="gray.7" fw={500} data-testid="deed-kind">
              {DEED_KIND_LABELS[deed.kind]}
            </Text>
            {' · '}modifié le {formatDate(deed.updatedAt)}
          </Text>
        </div>
      </Group>
      <Group gap={4} wrap="nowrap" className={classes.open}>
        <Text size="sm" fw={600}>
          Ouvrir
        </Text>
        <IconChevronRight size={16} aria-hidden="true" />
      </Group>
    </Link>
  );
}

/** "Actes": the deeds of the deal; each opens in the real-time co-drafting editor. */
export function DeedsPanel({ dealId }: { dealId: string }) {
  const deeds = useApiResource(`deeds:${dealId}`, (signal) => fetchDealDeeds(dealId, signal));

  return (
    <Stack gap="md">
      <ImportWordButton target={{ kind: 'deal', dealId }} onImported={deeds.reload} />
      {deeds.status === 'loading' && (
        <Paper withBorder role="status" aria-label="Chargement des actes">
          {[0, 1, 2].map((row) => (
            <Group key={row} px="lg" py="md" gap="md">
              <Skeleton height={36} width={36} radius="sm" />
              <Stack gap={8} style={{ flex: 1 }}>
                <Skeleton height={14} width="40%" />
                <Skeleton height={10} width="20%" />
              </Stack>
            </Group>
          ))}
        </Paper>
      )}
      {deeds.status === 'error' && (
        <LoadErrorAlert title="Impossible d’afficher les actes" error={deeds.error} onRetry={deeds.reload} />
      )}
      {deeds.status === 'success' &&
        (deeds.data.length === 0 ? (
          <Paper withBorder>
            <EmptyState
              py={48}
              withIndicatorBackground
              icon={<IconFileText size={26} stroke={1.5} aria-hidden="true" />}
              data-testid="deed-list-empty"
            >
              <EmptyState.Title order={2}>Aucun acte pour le moment</EmptyState.Title>
              <EmptyState.Description>
                Les actes du dossier (convention de crédit, acte de prêt, GFA…) apparaîtront ici dès qu’ils
                auront été créés par la banque ou le notaire.
              </EmptyState.Description>
            </EmptyState>
          </Paper>
        ) : (
          <Paper withBorder>
            <Stack gap={0} data-testid="deed-list" className="divided-list">
              {deeds.data.map((deed) => (
                <DeedRow key={deed.id} deed={deed} />
              ))}
            </Stack>
          </Paper>
        ))}
    </Stack>
  );
}
