import {
  DOCUMENT_CATEGORY_LABELS,
  type DocumentCategory,
  type VaultDocumentDetail,
  type VaultVisibility,
} from '@deedroom/shared';
import {
  Alert,
  Badge,
  Button,
  Center,
  Drawer,
  Group,
  Loader,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { IconDownload, IconEye, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { buildVersionContentUrl, fetchVaultDocument } from '../api/vault-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { formatMoment } from '../deed-history/format-french-time';
import { describeApiError } from '../messages/describe-api-error';
import { CATEGORY_OPTIONS, isDocumentCategory } from './category-options';
import { CategorySourceBadge } from './category-source-badge';
import { DocumentPreview } from './document-preview';
import { ExtractedMetadata } from './extracted-metadata';
import { formatFileSize } from './format-file-size';
import { InternalDocumentBadge } from './internal-document-badge';
import { usePolledResource } from './use-polled-resource';
import classes from './vault.module.css';

interface DocumentDrawerProps {
  documentId: string;
  /** Changes when something about the document may have changed (a new version landed). */
  refreshKey: number;
  canCorrect: boolean;
  canUpload: boolean;
  /** The signed-in user's organisation: only the uploading one adds versions or changes visibility. */
  userOrgId: string;
  onClose: () => void;
  onCorrect: (documentId: string, category: DocumentCategory) => Promise<ApiError | null>;
  onVisibilityChange: (documentId: string, visibility: VaultVisibility) => Promise<ApiError | null>;
  onNewVersion: (documentId: string, file: File) => void;
}

/** One document: its category, what extraction found, a preview, and every version to download. */
export function DocumentDrawer({
  documentId,
  refreshKey,
  canCorrect,
  canUpload,
  userOrgId,
  onClose,
  onCorrect,
  onVisibilityChange,
  onNewVersion,
}: DocumentDrawerProps) {
  const [pollMs, setPollMs] = useState<number | null>(null);
  const detail = usePolledResource(
    `vault-document:${documentId}:${refreshKey}`,
    async (signal) => {
      const loaded = await fetchVaultDocument(documentId, signal);
      const isAnalysing =
        loaded.categorySource === 'pending' ||
        loaded.versions.some((version) => version.analysisStatus === 'pending');
      setPollMs(isAnalysing ? 2_500 : null);
      return loaded;
    },
    pollMs,
  );
  const document = detail.data;

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={760}
      title={
        <Text fw={650} size="lg" className={classes.drawerTitle}>
          {document?.title ?? 'Document'}
        </Text>
      }
      data-testid="vault-document-drawer"
    >
      {detail.error && (
        <LoadErrorAlert
          title="Impossible d’afficher ce document"
          error={detail.error}
          onRetry={detail.refresh}
        />
      )}
      {!document && !detail.error && (
        <Center py="xl" role="status" aria-label="Chargement du document">
          <Loader size="sm" />
        </Center>
      )}
      {document && (
        <DocumentDetailBody
          document={document}
          canCorrect={canCorrect}
          isOwnOrg={document.orgId === userOrgId}
          canUpload={canUpload}
          onCorrect={async (category) => {
            const error = await onCorrect(document.id, category);
            if (!error) detail.refresh();
            return error;
          }}
          onVisibilityChange={async (visibility) => {
            const error = await onVisibilityChange(document.id, visibility);
            if (!error) detail.refresh();
            return error;
          }}
          onNewVersion={(file) => onNewVersion(document.id, file)}
        />
      )}
    </Drawer>
  );
}

function DocumentDetailBody({
  document,
  canCorrect,
  isOwnOrg,
  canUpload,
  onCorrect,
  onVisibilityChange,
  onNewVersion,
}: {
  document: VaultDocumentDetail;
  canCorrect: boolean;
  isOwnOrg: boolean;
  canUpload: boolean;
  onCorrect: (category: DocumentCategory) => Promise<ApiError | null>;
  onVisibilityChange: (visibility: VaultVisibility) => Promise<ApiError | null>;
  onNewVersion: (file: File) => void;
}) {
  const [shownVersionId, setShownVersionId] = useState<string | null>(null);
  const [correctionError, setCorrectionError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const versionInput = useRef<HTMLInputElement>(null);
  const shown = document.versions.find((version) => version.id === shownVersionId) ?? document.currentVersion;

  const correct = async (category: DocumentCategory) => {
    setIsSaving(true);
    setCorrectionError(await onCorrect(category));
    setIsSaving(false);
  };
  const changeVisibility = async (visibility: VaultVisibility) => {
    setIsSaving(true);
    setCorrectionError(await onVisibilityChange(visibility));
    setIsSaving(false);
  };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="xs">
          {canCorrect ? (
            <Select
              size="sm"
              w={320}
              label="Catégorie"
              placeholder="Choisir une catégorie"
              data={[...CATEGORY_OPTIONS]}
              value={document.category}
              allowDeselect={false}
              disabled={isSaving}
              onChange={(value) => {
                if (isDocumentCategory(value)) void correct(value);
              }}
              data-testid="vault-drawer-category"
            />
          ) : (
            <Text fw={600}>
              {document.category
                ? DOCUMENT_CATEGORY_LABELS[document.category]
                : 'Catégorie pas encore connue'}
            </Text>
          )}
        </Group>
        <Group gap={6}>
          <CategorySourceBadge
            source={document.categorySource}
            confidence={document.categoryConfidence}
            isVerbose
          />
          {document.visibility === 'internal' && <InternalDocumentBadge orgName={document.orgName} />}
          {document.requestId && (
            <Badge size="sm" variant="light" color="grape" tt="none">
              Répond à une pièce demandée
            </Badge>
          )}
        </Group>
        {canCorrect && (
          <Text size="xs" c="dimmed">
            Corriger la catégorie classe le document «{'\u202f'}par une personne{'\u202f'}» ; la correction
            sert aussi à améliorer le classement automatique.
          </Text>
        )}
        {canCorrect && isOwnOrg && (
          <Switch
            mt={4}
            size="xs"
            checked={document.visibility === 'internal'}
            disabled={isSaving}
            onChange={(event) => void changeVisibility(event.currentTarget.checked ? 'internal' : 'all')}
            label={`Réservé à ${document.orgName} (les autres parties ne le voient pas)`}
            data-testid="vault-drawer-internal"
          />
        )}
        {correctionError && (
          <Alert color="red" variant="light" p="xs">
            {describeApiError(correctionError)}
          </Alert>
        )}
      </Stack>

      <section aria-labelledby="vault-metadata-title">
        <Text id="vault-metadata-title" className={classes.drawerHeading}>
          Informations extraites
        </Text>
        <ExtractedMetadata version={document.currentVersion} />
      </section>

      <section aria-labelledby="vault-versions-title">
        <Group justify="space-between" mb={6}>
          <Text id="vault-versions-title" className={classes.drawerHeading} mb={0}>
            {document.versions.length === 1 ? '1 version' : `${document.versions.length} versions`}
          </Text>
          {canUpload && isOwnOrg && (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconUpload size={14} aria-hidden="true" />}
              onClick={() => versionInput.current?.click()}
              data-testid="vault-new-version"
            >
              Déposer une nouvelle version
            </Button>
          )}
        </Group>
        <ul className={classes.versionRows} data-testid="vault-version-list">
          {document.versions.map((version) => (
            <li key={version.id} className={classes.versionRow} data-testid="vault-version-row">
              <Text size="sm" fw={700} className={classes.versionNumber}>
                V{version.number}
              </Text>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" truncate="end">
                  {version.originalName}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatFileSize(version.size)} · {version.uploadedBy.name} ({version.uploadedBy.orgName}),{' '}
                  {formatMoment(version.uploadedAt)}
                </Text>
              </div>
              <Group gap={2} wrap="nowrap">
                <Button
                  size="compact-xs"
                  variant={version.id === shown.id ? 'light' : 'subtle'}
                  leftSection={<IconEye size={14} aria-hidden="true" />}
                  onClick={() => setShownVersionId(version.id)}
                  aria-label={`Afficher la version ${version.number}`}
                >
                  Aperçu
                </Button>
                <Button
                  component="a"
                  href={buildVersionContentUrl(document.id, version.id, 'attachment')}
                  download={version.originalName}
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconDownload size={14} aria-hidden="true" />}
                  aria-label={`Télécharger la version ${version.number}`}
                  data-testid="vault-version-download"
                >
                  Télécharger
                </Button>
              </Group>
            </li>
          ))}
        </ul>
        <input
          ref={versionInput}
          type="file"
          hidden
          aria-label="Choisir la nouvelle version"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onNewVersion(file);
          }}
          data-testid="vault-new-version-input"
        />
      </section>
      <section aria-labelledby="vault-preview-title">
        <Group justify="space-between" mb={6}>
          <Text id="vault-preview-title" className={classes.drawerHeading} mb={0}>
            Aperçu · V{shown.number}
          </Text>
          <Button
            component="a"
            href={buildVersionContentUrl(document.id, shown.id, 'attachment')}
            download={shown.originalName}
            size="compact-sm"
            variant="subtle"
            leftSection={<IconDownload size={14} aria-hidden="true" />}
          >
            Télécharger
          </Button>
        </Group>
        <DocumentPreview key={shown.id} documentId={document.id} version={shown} />
      </section>
    </Stack>
  );
}
