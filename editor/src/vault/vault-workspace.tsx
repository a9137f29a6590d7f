import type { Deal, DocumentCategory, VaultDocument, VaultDocumentList } from '@deedroom/shared';
import { Alert, Center, CloseButton, EmptyState, Group, Loader, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFolder, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { toApiError } from '../api/to-api-error';
import {
  createVaultRequest,
  decideVaultRequest,
  fetchVaultDocuments,
  fetchVaultRequests,
  updateVaultDocument,
} from '../api/vault-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useAuthenticatedSession, useSession } from '../session/session-context';
import { describeVaultActionError } from './describe-vault-action-error';
import { DocumentDrawer } from './document-drawer';
import { DocumentList } from './document-list';
import { quoteFrench } from './quote-french';
import type { PickedFile } from './read-dropped-files';
import { RequestChecklist } from './request-checklist';
import {
  abandonUnfinishedUpload,
  isSameFile,
  listUnfinishedUploads,
  type UnfinishedUpload,
} from './unfinished-uploads';
import { UnfinishedUploadsNotice } from './unfinished-uploads-notice';
import { UploadDropZone } from './upload-drop-zone';
import { UploadList } from './upload-list';
import type { UploadTarget } from './upload-target';
import { usePolledResource } from './use-polled-resource';
import { useUploadQueue } from './use-upload-queue';
import classes from './vault.module.css';

/** How often the list is read again while the classifier is still filing documents (ms). */
const PENDING_POLL_MS = 2_500;

function isBeingAnalysed(document: VaultDocument): boolean {
  return document.categorySource === 'pending' || document.currentVersion.analysisStatus === 'pending';
}

/**
 * « Coffre-fort »: upload files and folders (resumable), the documents by category, the bank's
 * checklist, and one document's detail in a drawer.
 */
export function VaultWorkspace({ deal }: { deal: Deal }) {
  const { csrfToken, user } = useAuthenticatedSession();
  const { expireSession } = useSession();
  const canUpload = deal.myActions.includes('vault.upload');
  const canReview = deal.myActions.includes('vault.review');
  const canCorrect = canUpload || canReview;

  const { queue, entries } = useUploadQueue(deal.id, user.id);
  const [isInternal, setIsInternal] = useState(false);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const [pollMs, setPollMs] = useState<number | null>(null);
  const [openDocumentId, setOpenDocumentId] = useState<string | null>(null);
  const [drawerRefresh, setDrawerRefresh] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);
  const [unfinished, setUnfinished] = useState<UnfinishedUpload[]>([]);

  const documents = usePolledResource<VaultDocumentList>(
    `vault-documents:${deal.id}:${query}`,
    async (signal) => {
      const list = await fetchVaultDocuments(deal.id, query ? { q: query } : {}, signal);
      setPollMs(list.documents.some(isBeingAnalysed) ? PENDING_POLL_MS : null);
      return list;
    },
    pollMs,
  );
  const requests = usePolledResource(
    `vault-requests:${deal.id}`,
    (signal) => fetchVaultRequests(deal.id, signal),
    null,
  );
  const refreshDocuments = documents.refresh;
  const refreshRequests = requests.refresh;

  const refreshUnfinished = useCallback(() => {
    listUnfinishedUploads(deal.id, user.id, queue.activeUploadUrls()).then(setUnfinished, () =>
      setUnfinished([]),
    );
  }, [deal.id, user.id, queue]);

  // A new row, a resume or a landing changes which interrupted uploads still wait for their file;
  // progress alone does not.
  const uploadStates = entries.map((entry) => `${entry.id}:${entry.status}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `uploadStates` is the trigger.
  useEffect(refreshUnfinished, [refreshUnfinished, uploadStates]);

  useEffect(
    () =>
      queue.onLanded((entry) => {
        refreshDocuments();
        if (entry.target.requestId) refreshRequests();
        if (entry.target.documentId) setDrawerRefresh((n) => n + 1);
      }),
    [queue, refreshDocuments, refreshRequests],
  );

  const enqueue = (files: readonly PickedFile[], target: UploadTarget) => {
    setActionError(null);
    queue.add(files, target, csrfToken);
  };

  /** Dropped files that match an interrupted upload go back to where that one was going. */
  const addDroppedFiles = (files: PickedFile[]) => {
    const fresh: PickedFile[] = [];
    for (const picked of files) {
      const earlier = unfinished.find((upload) => isSameFile(upload, picked.file));
      if (earlier) enqueue([picked], earlier.target);
      else fresh.push(picked);
    }
    if (fresh.length > 0) enqueue(fresh, { visibility: isInternal ? 'internal' : 'all' });
  };

  const runAction = async <T,>(action: () => Promise<T>): Promise<ApiError | null> => {
    try {
      await action();
      setActionError(null);
      return null;
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code === 'UNAUTHENTICATED') expireSession();
      return error;
    }
  };

  const correctCategory = async (documentId: string, category: DocumentCategory) => {
    const error = await runAction(async () => {
      const saved = await updateVaultDocument(documentId, { category }, csrfToken);
      documents.replace((list) => ({
        documents: list.documents.map((document) =>
          document.id === saved.id ? { ...document, ...saved } : document,
        ),
      }));
    });
    if (error) setActionError(describeVaultActionError(error));
    return error;
  };

  const documentTitles = useMemo(
    () => new Map((documents.data?.documents ?? []).map((document) => [document.id, document.title])),
    [documents.data],
  );
  const documentsByCategory = useMemo(() => {
    const byCategory = new Map<DocumentCategory, VaultDocument[]>();
    for (const document of documents.data?.documents ?? []) {
      if (!document.category) continue;
      byCategory.set(document.category, [...(byCategory.get(document.category) ?? []), document]);
    }
    return byCategory;
  }, [documents.data]);
  const openDocument = (document: VaultDocument) => setOpenDocumentId(document.id);
  const list = documents.data?.documents ?? [];

  return (
    <div className={classes.workspace} data-testid="vault-panel">
      {canUpload && (
        <UploadDropZone
          orgName={user.orgName}
          isInternal={isInternal}
          onInternalChange={setIsInternal}
          onFiles={addDroppedFiles}
        />
      )}

      <UnfinishedUploadsNotice
        uploads={unfinished}
        onResume={(upload, file) => {
          if (!isSameFile(upload, file)) {
            return `Ce n’est pas le même fichier : choisissez ${quoteFrench(upload.fileName)} (même nom et même taille).`;
          }
          enqueue([{ file, relativePath: file.name }], upload.target);
          return null;
        }}
        onAbandon={(upload) => void abandonUnfinishedUpload(upload, csrfToken).then(refreshUnfinished)}
      />

      <UploadList entries={entries} queue={queue} onOpenDocument={openDocument} />

      {actionError && (
        <Alert color="red" variant="light" withCloseButton onClose={() => setActionError(null)} role="alert">
          {actionError}
        </Alert>
      )}

      <div className={classes.columns}>
        <Paper
          withBorder
          component="section"
          aria-labelledby="vault-documents-title"
          className={classes.documentsCard}
        >
          <Group justify="space-between" px="md" py="sm" className={classes.sectionHeader} wrap="nowrap">
            <Group gap={8} wrap="nowrap">
              <Text id="vault-documents-title" component="h2" fw={650} size="md">
                Documents du dossier
              </Text>
              {documents.data && (
                <Text size="sm" c="dimmed" data-testid="vault-document-count">
                  {list.length}
                </Text>
              )}
              {documents.isLoading && documents.data && (
                <Loader size={12} aria-label="Mise à jour de la liste" />
              )}
            </Group>
            <TextInput
              w={340}
              size="sm"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              placeholder="Rechercher : nom, catégorie, contenu"
              aria-label="Rechercher dans le coffre-fort (nom, catégorie ou texte du document)"
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              rightSection={
                search ? (
                  <CloseButton size="sm" aria-label="Effacer la recherche" onClick={() => setSearch('')} />
                ) : null
              }
              data-testid="vault-search"
            />
          </Group>

          {documents.error && (
            <div className={classes.sectionBody}>
              <LoadErrorAlert
                title="Impossible d’afficher les documents"
                error={documents.error}
                onRetry={documents.refresh}
              />
            </div>
          )}
          {!documents.data && !documents.error && (
            <Center py="xl" role="status" aria-label="Chargement des documents">
              <Loader size="sm" />
            </Center>
          )}
          {documents.data && list.length === 0 && (
            <EmptyState
              py={40}
              withIndicatorBackground
              icon={<IconFolder size={26} stroke={1.5} aria-hidden="true" />}
              data-testid="vault-documents-empty"
            >
              <EmptyState.Title order={3}>
                {query ? `Aucun document ne correspond à ${quoteFrench(query)}` : 'Le coffre-fort est vide'}
              </EmptyState.Title>
              <EmptyState.Description>
                {query
                  ? 'La recherche porte sur le nom, la catégorie et le texte des documents. Essayez un autre mot.'
                  : canUpload
                    ? 'Déposez les pièces du dossier ci-dessus : chacune est classée automatiquement (Kbis, statuts, permis…) et reste visible de toutes les parties, sauf si vous la réservez à votre organisation.'
                    : 'Les pièces déposées par les parties apparaîtront ici, classées par catégorie.'}
              </EmptyState.Description>
            </EmptyState>
          )}
          {list.length > 0 && (
            <DocumentList
              documents={list}
              canCorrect={canCorrect}
              onOpen={openDocument}
              onCorrect={(document, category) => void correctCategory(document.id, category)}
            />
          )}
        </Paper>

        <div className={classes.sideColumn}>
          {requests.error && (
            <LoadErrorAlert
              title="Impossible d’afficher les pièces demandées"
              error={requests.error}
              onRetry={requests.refresh}
            />
          )}
          {!requests.data && !requests.error && (
            <Paper withBorder p="lg">
              <Center role="status" aria-label="Chargement des pièces demandées">
                <Loader size="sm" />
              </Center>
            </Paper>
          )}
          {requests.data && (
            <RequestChecklist
              requests={requests.data.requests}
              documentTitles={documentTitles}
              documentsByCategory={documentsByCategory}
              canReview={canReview}
              canAnswer={canUpload && user.orgKind === 'developer'}
              onAnswer={(request, file) =>
                enqueue([{ file, relativePath: file.name }], { requestId: request.id, visibility: 'all' })
              }
              onOpenDocument={setOpenDocumentId}
              onDecide={async (request, decision) => {
                const error = await runAction(async () => {
                  const saved = await decideVaultRequest(request.id, decision, csrfToken);
                  requests.replace((current) => ({
                    requests: current.requests.map((other) => (other.id === saved.id ? saved : other)),
                  }));
                });
                if (error && decision.decision === 'accept') setActionError(describeVaultActionError(error));
                return error;
              }}
              onCreate={(request) =>
                runAction(async () => {
                  const saved = await createVaultRequest(deal.id, request, csrfToken);
                  requests.replace((current) => ({ requests: [...current.requests, saved] }));
                })
              }
            />
          )}
        </div>
      </div>

      {openDocumentId && (
        <DocumentDrawer
          documentId={openDocumentId}
          refreshKey={drawerRefresh}
          canCorrect={canCorrect}
          canUpload={canUpload}
          userOrgId={user.orgId}
          onClose={() => setOpenDocumentId(null)}
          onCorrect={correctCategory}
          onVisibilityChange={async (documentId, visibility) => {
            const error = await runAction(() => updateVaultDocument(documentId, { visibility }, csrfToken));
            if (!error) refreshDocuments();
            return error;
          }}
          onNewVersion={(documentId, file) => {
            const document = list.find((candidate) => candidate.id === documentId);
            enqueue([{ file, relativePath: file.name }], {
              documentId,
              visibility: document?.visibility ?? 'all',
            });
          }}
        />
      )}
    </div>
  );
}
