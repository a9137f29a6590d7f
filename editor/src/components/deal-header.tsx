import { DEAL_ROLE_LABELS, type Deal } from '@deedroom/shared';
import { Badge, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { groupPartiesByKind } from '../deals/group-parties-by-kind';
import { PARTY_KIND_HEADINGS } from '../deals/party-kind-headings';
import { formatEuros } from '../format/format-euros';
import { EditDealButton } from './deal-form/edit-deal-button';
import classes from './deal-header.module.css';
import { DealStatusBadge } from './deal-status-badge';
import { PartyKindIcon } from './party-kind-icon';

function KeyFigure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text className={classes.label}>{label}</Text>
      <Text fz="lg" fw={600} mt={4} className="tabular-numbers">
        {children}
      </Text>
    </div>
  );
}

interface DealHeaderProps {
  deal: Deal;
  /** Called with the deal as saved by "Modifier le dossier". */
  onDealUpdated: (deal: Deal) => void;
}

/** The top of a deal page: programme, key figures, status, the user's role and the parties by kind. */
export function DealHeader({ deal, onDealUpdated }: DealHeaderProps) {
  return (
    <Paper withBorder shadow="xs" p="xl" component="header" data-testid="deal-header" data-deal-id={deal.id}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="md">
          <div>
            <Group gap="sm" align="center">
              <Title order={1} data-testid="deal-name">
                {deal.name}
              </Title>
              <DealStatusBadge status={deal.status} size="lg" />
            </Group>
          </div>
          <Group gap="xl" align="flex-end" wrap="nowrap">
            <Stack gap={4} align="flex-end">
              <Text className={classes.label}>Mon rôle</Text>
              <Badge variant="outline" color="navy" size="lg" tt="none" fw={600} data-testid="deal-my-role">
                {DEAL_ROLE_LABELS[deal.myRole]}
              </Badge>
            </Stack>
            {deal.myActions.includes('deal.update') && <EditDealButton deal={deal} onSaved={onDealUpdated} />}
          </Group>
        </Group>

        <Group gap={48}>
          <KeyFigure label="Ville">{deal.city}</KeyFigure>
          <KeyFigure label="Lots">{deal.lots.toLocaleString('fr-FR')}</KeyFigure>
          <KeyFigure label="Montant du financement">{formatEuros(deal.amountCents)}</KeyFigure>
        </Group>

        <Divider />

        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl" data-testid="deal-parties">
          {groupPartiesByKind(deal.parties).map(({ kind, parties }) => (
            <div key={kind} data-testid={`deal-parties-${kind}`}>
              <Group gap={6} c="gray.6">
                <PartyKindIcon kind={kind} size={16} />
                <Text className={classes.label}>
                  {parties.length > 1 ? PARTY_KIND_HEADINGS[kind].many : PARTY_KIND_HEADINGS[kind].one}
                </Text>
              </Group>
              {parties.length === 0 ? (
                <Text c="dimmed" mt={6} size="sm">
                  Aucun pour le moment
                </Text>
              ) : (
                parties.map((party) => (
                  <Text key={party.orgId} fw={500} mt={6}>
                    {party.name}
                  </Text>
                ))
              )}
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
