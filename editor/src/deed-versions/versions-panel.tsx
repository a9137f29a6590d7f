import { CURRENT_VERSION, canPerform, type DeedVersionSummary } from '@deedroom/shared';
import { Badge, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsDiff, IconDeviceFloppy, IconEye, IconHistory, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { updateDeedSettings } from '../api/deeds-api';
import { fetchVersions } from '../api/versions-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useRefreshOnEdit } from '../deed-approvals/use-refresh-on-edit';
import type { DeedSidePanelContext } from '../deed-editor/deed-side-panel';
import listClasses from '../deed-editor/side-panel-list.module.css';
import { formatMoment } from '../deed-history/format-french-time';
import { ExportPdfButton } from '../deed-pdf/export-pdf-button';
import { ExportWordButton } from '../deed-word/export-word-button';
import { ImportWordButton } from '../deed-word/import-word-button';
import { useAuthenticatedSession } from '../session/session-context';
import { compareAddress } from './compare-address';
import { ComparePicker } from './compare-picker';
import { describePerson } from './describe-person';
import { RestoreVersionModal } from './restore-version-modal';
import { SaveVersionModal } from './save-version-modal';
import { useSignalledResource } from './use-signalled-resource';
import { VersionKindBadge } from './version-kind-badge';
import { VersionReaderModal } from './version-reader-modal';
import classes from './versions.module.css';

/**
 * « Versions »: the deed's named versions, newest first. Save the text now under a name, open a
 * version read-only, compare two of them (or one with the text now), restore one as a new version.
 */
export function VersionsPanel({ context }: { context: DeedSidePanelContext }) {
  const { access, connection, refreshAccess } = context;
  const { csrfToken } = useAuthenticatedSession();
  // Sending a version to the developer is when the bank usually holds them to suggestions.
  const mayHoldDeveloper =
    canPerform(access.myRole, 'deed.manage') &&
    !access.suggestionOnlyFor.includes('developer') &&
    !access.lock;
  const holdDeveloper = async () => {
    const notary = access.suggestionOnlyFor.includes('notary') ? (['notary'] as const) : [];
    await updateDeedSettings(access.id, { suggestionOnlyFor: ['developer', ...notary] }, csrfToken);
    await refreshAccess();
  };
  const navigate = useNavigate();
  const versions = useSignalledResource(connection, 'versions', access.id, (signal) =>
    fetchVersions(access.id, signal),
  );
  // « Texte actuel » follows the text: the hash of the text now is read again once typing pauses.
  useRefreshOnEdit(connection.ydoc, versions.refresh);
  const [isSaving, setIsSaving] = useState(false);
  const [readingId, setReadingId] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<DeedVersionSummary | null>(null);
  const canSave = canPerform(access.myRole, 'deed.suggest');
  const canRestore = access.editMode === 'edit';
  const list = versions.data?.versions ?? [];
  const currentHash = versions.data?.currentHash;
  const nextName = `V${(list[0]?.number ?? 0) + 1}`;

  const compare = (from: string, to: string) => navigate(compareAddress(access.dealId, access.id, from, to));

  return (
    <Stack gap="sm" p="md" data-testid="versions-panel">
      {canSave && (
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
          onClick={() => setIsSaving(true)}
          data-testid="versions-save"
        >
          Enregistrer une version
        </Button>
      )}
      {canRestore && (
        <ImportWordButton target={{ kind: 'deed', deedId: access.id }} onImported={versions.refresh} />
      )}
      {!canSave && !access.lock && (
        <Text size="xs" c="dimmed">
          Votre rôle permet de consulter et de comparer les versions, pas d’en enregistrer.
        </Text>
      )}

      {versions.error && (
        <LoadErrorAlert
          title="Impossible de charger les versions"
          error={versions.error}
          onRetry={versions.refresh}
        />
      )}
      {versions.isLoading && !versions.data && (
        <Center py="lg" role="status" aria-label="Chargement des versions">
          <Loader size="sm" />
        </Center>
      )}

      {versions.data && list.length === 0 && (
        <div className={classes.empty} data-testid="versions-empty">
          <IconHistory size={28} stroke={1.4} aria-hidden="true" />
          <Text size="sm" fw={600} c="gray.8">
            Aucune version enregistrée.
          </Text>
          <Text size="sm">
            Enregistrez le texte aux étapes clés (par exemple « V1 envoyée à la banque ») pour pouvoir le
            relire, le comparer ou y revenir. Les accords et le verrouillage en créent aussi automatiquement.
          </Text>
        </div>
      )}

      {list.length > 0 && <ComparePicker key={list[0]?.id} versions={list} onCompare={compare} />}

      {list.length > 0 && (
        <section aria-labelledby="versions-list-title">
          <Text id="versions-list-title" className={listClasses.heading} mb={6}>
            {list.length === 1 ? '1 version' : `${list.length} versions`}
          </Text>
          <ul className={listClasses.list}>
            {list.map((version) => {
              const isCurrent = version.contentHash === currentHash;
              return (
                <li
                  key={version.id}
                  className={`${listClasses.card} ${classes.version}`}
                  data-kind={version.kind}
                  data-testid="version-item"
                  data-number={version.number}
                >
                  <Group justify="space-between" gap={6} wrap="nowrap">
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" className={classes.number}>
                        V{version.number}
                      </Text>
                      <VersionKindBadge kind={version.kind} />
                    </Group>
                    {isCurrent && (
                      <Badge size="xs" variant="dot" color="green" tt="none" data-testid="version-is-current">
                        Texte actuel
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" fw={600} mt={4} className={classes.name} data-testid="version-name">
                    {version.name}
                  </Text>
                  {version.restoredFrom && (
                    <Text size="xs" c="dimmed">
                      Reprend le texte de la V{version.restoredFrom.number}
                    </Text>
                  )}
                  {version.note && (
                    <Text size="xs" c="gray.7" mt={2} className={classes.note}>
                      {version.note}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={4}>
                    {describePerson(version.createdBy)}, {formatMoment(version.createdAt)}
                  </Text>
                  <Group gap={2} mt={6}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconEye size={14} aria-hidden="true" />}
                      onClick={() => setReadingId(version.id)}
                      data-testid="version-open"
                    >
                      Ouvrir
                    </Button>
                    <Tooltip label="Cette version est identique au texte actuel" disabled={!isCurrent}>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconArrowsDiff size={14} aria-hidden="true" />}
                        disabled={isCurrent}
                        onClick={() => compare(version.id, CURRENT_VERSION)}
                        data-testid="version-compare-current"
                      >
                        Comparer à l’actuel
                      </Button>
                    </Tooltip>
                    <ExportPdfButton deedId={access.id} versionId={version.id} size="compact-xs" />
                    <ExportWordButton deedId={access.id} versionId={version.id} size="compact-xs" />
                    {canRestore && !isCurrent && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="orange"
                        leftSection={<IconRestore size={14} aria-hidden="true" />}
                        onClick={() => setRestoring(version)}
                        data-testid="version-restore"
                      >
                        Restaurer
                      </Button>
                    )}
                  </Group>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <SaveVersionModal
        deedId={access.id}
        opened={isSaving}
        suggestedName={nextName}
        onClose={() => setIsSaving(false)}
        onSaved={versions.refresh}
        mayHoldDeveloper={mayHoldDeveloper}
        onHoldDeveloper={holdDeveloper}
      />
      {readingId && (
        <VersionReaderModal deedId={access.id} versionId={readingId} onClose={() => setReadingId(null)} />
      )}
      {restoring && (
        <RestoreVersionModal
          deedId={access.id}
          version={restoring}
          onClose={() => setRestoring(null)}
          onRestored={versions.refresh}
        />
      )}
    </Stack>
  );
}
