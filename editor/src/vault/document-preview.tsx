import type { VaultVersion } from '@deedroom/shared';
import { Anchor, Button, Center, Loader, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { buildVersionContentUrl, fetchVersionText } from '../api/vault-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { readPreviewKind } from './describe-media-type';
import { usePolledResource } from './use-polled-resource';
import classes from './vault.module.css';

/** A version seen without downloading it: PDFs and images inline, Word documents as their text. */
export function DocumentPreview({ documentId, version }: { documentId: string; version: VaultVersion }) {
  const kind = readPreviewKind(version.mediaType);
  const inlineUrl = buildVersionContentUrl(documentId, version.id, 'inline');

  if (kind === 'pdf') {
    return (
      <>
        <iframe
          className={classes.previewFrame}
          src={inlineUrl}
          title={`Aperçu de ${version.originalName}`}
          data-testid="vault-preview-pdf"
        />
        <Anchor href={inlineUrl} target="_blank" rel="noopener" size="xs" mt={4} display="inline-block">
          Ouvrir le PDF dans un nouvel onglet
        </Anchor>
      </>
    );
  }
  if (kind === 'image') {
    return (
      <div className={classes.previewImageBox}>
        <img
          className={classes.previewImage}
          src={inlineUrl}
          alt={`Aperçu de ${version.originalName}`}
          data-testid="vault-preview-image"
        />
      </div>
    );
  }
  if (kind === 'text') return <ExtractedText documentId={documentId} version={version} />;
  return (
    <div className={classes.previewNone} data-testid="vault-preview-none">
      <Text size="sm">Pas d’aperçu pour ce type de fichier ({version.mediaType}).</Text>
      <Button
        component="a"
        href={buildVersionContentUrl(documentId, version.id, 'attachment')}
        download={version.originalName}
        variant="light"
        size="xs"
        mt="xs"
        leftSection={<IconDownload size={14} aria-hidden="true" />}
      >
        Télécharger pour l’ouvrir
      </Button>
    </div>
  );
}

function ExtractedText({ documentId, version }: { documentId: string; version: VaultVersion }) {
  const text = usePolledResource(
    `vault-text:${version.id}`,
    (signal) => fetchVersionText(documentId, version.id, signal),
    version.analysisStatus === 'pending' ? 3_000 : null,
  );
  const isPending = text.data?.analysisStatus === 'pending';
  if (text.error) {
    return (
      <LoadErrorAlert title="Impossible d’afficher le texte" error={text.error} onRetry={text.refresh} />
    );
  }
  if (!text.data || isPending) {
    return (
      <Center py="xl" role="status" aria-label="Extraction du texte en cours">
        <Loader size="sm" />
        <Text size="sm" c="dimmed" ml="sm">
          {isPending ? 'Extraction du texte en cours…' : 'Chargement du texte…'}
        </Text>
      </Center>
    );
  }
  if (text.data.text.trim() === '') {
    return (
      <div className={classes.previewNone}>
        <Text size="sm">Aucun texte n’a pu être extrait de ce document. Téléchargez-le pour le lire.</Text>
      </div>
    );
  }
  return (
    <div className={classes.previewText} data-testid="vault-preview-text">
      {text.data.text}
    </div>
  );
}
