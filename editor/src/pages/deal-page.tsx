import type { Deal } from '@deedroom/shared';
import { Anchor, Breadcrumbs, Paper, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { fetchDeal } from '../api/deals-api';
import { DeadlinesPanel } from '../components/deadlines-panel';
import { DealHeader } from '../components/deal-header';
import { DealNotFound } from '../components/deal-not-found';
import { DeedsPanel } from '../components/deeds-panel';
import { LoadErrorAlert } from '../components/load-error-alert';
import { SignaturesPanel } from '../components/signatures-panel';
import { StaffPanel } from '../components/staff-panel';
import { VaultPanel } from '../components/vault-panel';
import { buildDealTabPath, DEAL_TABS, type DealTabValue, isDealTabValue } from '../deals/deal-tabs';
import { useApiResource } from '../hooks/use-api-resource';

/** `/deals/:dealId[/:tab]`: the deal's header, then one tab per workspace of the deal. */
export function DealPage() {
  const { dealId = '', tab = 'deeds' } = useParams();
  const deal = useApiResource(`deal:${dealId}`, (signal) => fetchDeal(dealId, signal));
  useDocumentTitle(deal.status === 'success' ? `${deal.data.name} · Deedroom` : 'Dossier · Deedroom');

  if (!isDealTabValue(tab)) return <Navigate to={buildDealTabPath(dealId, 'deeds')} replace />;
  if (deal.status === 'error' && deal.error.code === 'NOT_FOUND') return <DealNotFound />;

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Fil d’Ariane" separatorMargin={6}>
        <Anchor component={Link} to="/" size="sm">
          Mes dossiers
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page">
          {deal.status === 'success' ? deal.data.name : 'Dossier'}
        </Text>
      </Breadcrumbs>

      {deal.status === 'loading' && <DealHeaderSkeleton />}
      {deal.status === 'error' && (
        <LoadErrorAlert title="Impossible d’afficher ce dossier" error={deal.error} onRetry={deal.reload} />
      )}
      {deal.status === 'success' && (
        <>
          <DealHeader deal={deal.data} onDealUpdated={(saved) => deal.replace(() => saved)} />
          <DealTabs deal={deal.data} activeTab={tab} onOwnAccessChanged={deal.reload} />
        </>
      )}
    </Stack>
  );
}

interface DealTabsProps {
  deal: Deal;
  activeTab: DealTabValue;
  /** The user changed their own staffing: their role, actions or very access may have changed. */
  onOwnAccessChanged: () => void;
}

function DealTabs({ deal, activeTab, onOwnAccessChanged }: DealTabsProps) {
  const navigate = useNavigate();
  return (
    <Tabs
      value={activeTab}
      onChange={(value) => {
        if (value && isDealTabValue(value)) navigate(buildDealTabPath(deal.id, value));
      }}
      keepMounted={false}
      data-testid="deal-tabs"
    >
      <Tabs.List aria-label="Volets du dossier" mb="lg">
        {DEAL_TABS.map(({ value, label, icon: Icon }) => (
          <Tabs.Tab
            key={value}
            value={value}
            leftSection={<Icon size={16} aria-hidden="true" />}
            data-testid={`deal-tab-${value}`}
          >
            {label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="deeds">
        <DeedsPanel dealId={deal.id} />
      </Tabs.Panel>
      <Tabs.Panel value="vault">
        <VaultPanel deal={deal} />
      </Tabs.Panel>
      <Tabs.Panel value="deadlines">
        <DeadlinesPanel deal={deal} />
      </Tabs.Panel>
      <Tabs.Panel value="signatures">
        <SignaturesPanel deal={deal} />
      </Tabs.Panel>
      <Tabs.Panel value="staff">
        <StaffPanel
          dealId={deal.id}
          canManage={deal.myActions.includes('staffing.manage')}
          onOwnAccessChanged={onOwnAccessChanged}
        />
      </Tabs.Panel>
    </Tabs>
  );
}

function DealHeaderSkeleton() {
  return (
    <Paper withBorder p="xl" role="status" aria-label="Chargement du dossier" data-testid="deal-loading">
      <Stack gap="lg">
        <Skeleton height={28} width="40%" />
        <Skeleton height={16} width="55%" />
        <Skeleton height={60} />
      </Stack>
    </Paper>
  );
}
