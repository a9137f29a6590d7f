import '../deed-editor/deed-document.css';
import { CURRENT_VERSION, type DeedVersionSummary } from '@deedroom/shared';
import { Anchor, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowRight, IconChevronLeft, IconFileTypePdf } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { fetchComparison, fetchVersions } from '../api/versions-api';
import { DownloadButton } from '../components/download-button';
import { LoadErrorAlert } from '../components/load-error-alert';
import { ComparisonSummary } from '../deed-compare/comparison-summary';
import { RedlineView } from '../deed-compare/redline-view';
import { DeedUnavailable } from '../deed-editor/deed-unavailable';
import { useDeedAccess } from '../deed-editor/use-deed-access';
import { formatMoment } from '../deed-history/format-french-time';
import { useApiResource } from '../hooks/use-api-resource';
import { versionOptions } from './compare-picker';
import classes from './deed-compare-page.module.css';
import { describePerson } from './describe-person';

function describeSide(version: DeedVersionSummary | null): string {
  if (!version) return 'Texte actuel de l’acte';
  return `V${version.number} – ${version.name} · ${describePerson(version.createdBy)}, ${formatMoment(version.createdAt)}`;
}

/**
 * `/deals/:dealId/deeds/:deedId/compare?from=…&to=…`: the redline between two versions of a deed
 * (or a version and the text now), with the list of changed articles beside it.
 */
export function DeedComparePage() {
  const { dealId = '', deedId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? CURRENT_VERSION;
  const access = useDeedAccess(deedId);
  const versions = useApiResource(`versions:${deedId}`, (signal) => fetchVersions(deedId, signal));
  const comparison = useApiResource(`compare:${deedId}:${from}:${to}`, (signal) =>
    fetchComparison(deedId, from || CURRENT_VERSION, to, signal),
  );
  useDocumentTitle(
    access.status === 'success'
      ? `Comparaison · ${access.access.title} · Deedroom`
      : 'Comparaison · Deedroom',
  );

  if (access.status === 'error' && access.error.code === 'NOT_FOUND')
    return <DeedUnavailable reason="not-found" />;
  const options = versions.status === 'success' ? versionOptions(versions.data.versions) : [];
  const choose = (side: 'from' | 'to', value: string | null) => {
    if (!value) return;
    const next = new URLSearchParams(params);
    next.set(side, value);
    setParams(next, { replace: true });
  };
  const deedAddress = `/deals/${encodeURIComponent(dealId)}/deeds/${encodeURIComponent(deedId)}`;

  return (
    <div data-testid="deed-compare-page">
      <header className={classes.header}>
        <Stack gap={4} miw={0}>
          <Anchor component={Link} to={deedAddress} size="xs" fw={500} c="gray.6" className={classes.back}>
            <IconChevronLeft size={14} aria-hidden="true" />
            <span>Retour à l’acte</span>
          </Anchor>
          <Title order={1} className={classes.title}>
            Comparaison de versions
          </Title>
          {access.status === 'success' && (
            <Text size="sm" c="dimmed" className={classes.subtitle}>
              {access.access.title}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap" align="flex-end" className={classes.pickers}>
          <Select
            size="xs"
            label="Version de référence"
            data={options}
            value={from || null}
            onChange={(value) => choose('from', value)}
            allowDeselect={false}
            placeholder="Choisir une version"
            className={classes.picker}
            data-testid="compare-page-from"
          />
          <IconArrowRight size={16} className={classes.arrow} aria-hidden="true" />
          <Select
            size="xs"
            label="Comparée à"
            data={options}
            value={to}
            onChange={(value) => choose('to', value)}
            allowDeselect={false}
            className={classes.picker}
            data-testid="compare-page-to"
          />
          {from && (
            <DownloadButton
              url={`/api/deeds/${encodeURIComponent(deedId)}/compare/pdf?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`}
              fallbackName="comparaison.pdf"
              label="Redline PDF"
              hint="Les deux versions comparées en PDF : ajouts soulignés en bleu, suppressions barrées en rouge"
              icon={<IconFileTypePdf size={14} aria-hidden="true" />}
              testId="compare-export-pdf"
            />
          )}
        </Group>
      </header>

      {comparison.status === 'loading' && (
        <Center py={96} role="status" aria-label="Comparaison en cours">
          <Loader size="sm" />
        </Center>
      )}
      {comparison.status === 'error' && (
        <Center py={64} px="md">
          <LoadErrorAlert
            title="Impossible de comparer ces versions"
            error={comparison.error}
            onRetry={comparison.reload}
          />
        </Center>
      )}
      {comparison.status === 'success' && (
        <div className={classes.body}>
          <aside className={classes.summaryPane} aria-label="Synthèse">
            <dl className={classes.sides} data-testid="compare-sides">
              <dt>Avant</dt>
              <dd>{describeSide(comparison.data.from)}</dd>
              <dt>Après</dt>
              <dd>{describeSide(comparison.data.to)}</dd>
            </dl>
            <ComparisonSummary comparison={comparison.data.comparison} />
          </aside>
          <section className={classes.documentPane} aria-label="Texte comparé">
            <RedlineView comparison={comparison.data.comparison} />
          </section>
        </div>
      )}
    </div>
  );
}
