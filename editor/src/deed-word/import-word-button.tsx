import { Alert, Button, FileButton, Progress, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { useAuthenticatedSession } from '../session/session-context';
import { checkWordFile, uploadWordFile, type WordImportTarget } from './word-transfer';

interface ImportWordButtonProps {
  target: WordImportTarget;
  /** Called with the API's answer once the file is imported. */
  onImported?: (result: unknown) => void;
}

const LABELS = {
  deal: 'Importer un document Word',
  deed: 'Importer une nouvelle version (Word)',
} as const;

/** What to do when the server refused: its message already says it, in French. */
function describeFailure(err: unknown): string {
  if (!isApiError(err)) return 'L’import a échoué. Réessayez.';
  if (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND') return err.message;
  if (err.code === 'NETWORK_ERROR')
    return 'Le serveur est injoignable : vérifiez votre connexion puis réessayez.';
  return err.message;
}

/**
 * « Importer un document Word » (a new deed of the deal) or « Importer une nouvelle version
 * (Word) » (the file replaces the text; the text before is saved as a version first).
 */
export function ImportWordButton({ target, onImported }: ImportWordButtonProps) {
  const { csrfToken } = useAuthenticatedSession();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setDone(null);
    const problem = checkWordFile(file);
    if (problem) {
      setError(problem);
      return;
    }
    setProgress(0);
    try {
      const result = await uploadWordFile(target, file, csrfToken, setProgress);
      setDone(
        target.kind === 'deal'
          ? `« ${file.name} » importé : le nouvel acte est dans la liste.`
          : `« ${file.name} » importé : le texte précédent est conservé dans la version « Avant import Word ».`,
      );
      onImported?.(result);
    } catch (err) {
      setError(describeFailure(err));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Stack gap={6} align="flex-end">
      <FileButton
        onChange={importFile}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            size="xs"
            loading={progress !== null}
            leftSection={<IconFileImport size={14} aria-hidden="true" />}
            data-testid={target.kind === 'deal' ? 'deal-import-word' : 'deed-import-word'}
          >
            {LABELS[target.kind]}
          </Button>
        )}
      </FileButton>
      {progress !== null && (
        <Stack gap={2} w="100%">
          <Progress value={Math.round(progress * 100)} size="sm" aria-label="Envoi du document Word" />
          <Text size="xs" c="dimmed">
            {progress < 1 ? `Envoi… ${Math.round(progress * 100)} %` : 'Conversion du document…'}
          </Text>
        </Stack>
      )}
      {error && (
        <Alert color="red" variant="light" p="xs" data-testid="word-import-error">
          <Text size="xs">{error}</Text>
        </Alert>
      )}
      {done && (
        <Text size="xs" c="teal.8" data-testid="word-import-done">
          {done}
        </Text>
      )}
    </Stack>
  );
}
