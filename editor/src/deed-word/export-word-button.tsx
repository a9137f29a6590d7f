import { CURRENT_VERSION } from '@deedroom/shared';
import { Button, Tooltip } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadDeedDocx } from './word-transfer';

interface ExportWordButtonProps {
  deedId: string;
  /** A version id; the text now when absent. */
  versionId?: string;
  size?: 'xs' | 'compact-xs';
}

/** « Exporter en Word »: the deed with its suggestions as tracked changes and its comments. */
export function ExportWordButton({ deedId, versionId, size = 'xs' }: ExportWordButtonProps) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportWord = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await downloadDeedDocx(deedId, versionId ?? CURRENT_VERSION);
    } catch (err) {
      setError(err instanceof Error ? `${err.message} Réessayez dans un instant.` : 'Export impossible.');
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Tooltip
      label={error ?? 'Document Word : suggestions en marques de révision, commentaires en marge'}
      color={error ? 'red' : undefined}
      opened={error ? true : undefined}
      withinPortal
    >
      <Button
        variant={size === 'compact-xs' ? 'subtle' : 'default'}
        size={size}
        loading={isBusy}
        leftSection={<IconFileTypeDocx size={14} aria-hidden="true" />}
        onClick={exportWord}
        data-testid={versionId ? 'version-export-word' : 'deed-export-word'}
      >
        Exporter en Word
      </Button>
    </Tooltip>
  );
}
