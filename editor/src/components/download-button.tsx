import { Button, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { downloadFile } from '../api/download-file';

interface DownloadButtonProps {
  url: string;
  fallbackName: string;
  label: string;
  /** What the file holds, shown on hover. */
  hint: string;
  icon: ReactNode;
  testId: string;
  size?: 'xs' | 'compact-xs';
}

/** A button that prepares a file on the server and downloads it, with a spinner and the error in French. */
export function DownloadButton({
  url,
  fallbackName,
  label,
  hint,
  icon,
  testId,
  size = 'xs',
}: DownloadButtonProps) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await downloadFile(url, fallbackName);
    } catch (err) {
      setError(err instanceof Error ? `${err.message} Réessayez dans un instant.` : 'Export impossible.');
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Tooltip
      label={error ?? hint}
      color={error ? 'red' : undefined}
      opened={error ? true : undefined}
      withinPortal
    >
      <Button
        variant={size === 'compact-xs' ? 'subtle' : 'default'}
        size={size}
        loading={isBusy}
        leftSection={icon}
        onClick={download}
        data-testid={testId}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
