import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconRefreshAlert, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { formatMoment } from '../deed-history/format-french-time';
import { formatFileSize } from './format-file-size';
import { quoteFrench } from './quote-french';
import type { UnfinishedUpload } from './unfinished-uploads';

interface UnfinishedUploadsNoticeProps {
  uploads: readonly UnfinishedUpload[];
  /** The user picked a file to resume `upload` with; answers a French refusal when it is not the same. */
  onResume: (upload: UnfinishedUpload, file: File) => string | null;
  onAbandon: (upload: UnfinishedUpload) => void;
}

/**
 * After a reload, the browser still knows which uploads stopped halfway (tus fingerprints in
 * localStorage) but not their files: the user gives each file again and it resumes at the server's offset.
 */
export function UnfinishedUploadsNotice({ uploads, onResume, onAbandon }: UnfinishedUploadsNoticeProps) {
  const input = useRef<HTMLInputElement>(null);
  const [resuming, setResuming] = useState<UnfinishedUpload | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (uploads.length === 0) return null;

  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconRefreshAlert size={20} aria-hidden="true" />}
      title={
        uploads.length === 1
          ? 'Un dépôt s’est interrompu avant la fin'
          : `${uploads.length} dépôts se sont interrompus avant la fin`
      }
      data-testid="vault-unfinished-uploads"
    >
      <Text size="sm" mb="xs">
        Le serveur a gardé ce qui était déjà arrivé. Pour reprendre là où le dépôt s’était arrêté, glissez à
        nouveau le même fichier dans la zone de dépôt, ou cliquez sur «{'\u202f'}Reprendre{'\u202f'}» et
        choisissez-le.
      </Text>
      <Stack gap={6}>
        {uploads.map((upload) => (
          <Group
            key={upload.urlStorageKey}
            justify="space-between"
            wrap="nowrap"
            gap="sm"
            data-testid="vault-unfinished-upload"
            data-file-name={upload.fileName}
          >
            <Text size="sm" miw={0} truncate="end">
              <Text span fw={600} size="sm">
                {upload.fileName}
              </Text>{' '}
              <Text span c="dimmed" size="xs">
                {formatFileSize(upload.size)}, commencé {formatMoment(upload.startedAt)}
              </Text>
            </Text>
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-sm"
                leftSection={<IconPlayerPlay size={14} aria-hidden="true" />}
                onClick={() => {
                  setRefusal(null);
                  setResuming(upload);
                  input.current?.click();
                }}
                aria-label={`Reprendre le dépôt de ${upload.fileName}`}
                data-testid="vault-unfinished-resume"
              >
                Reprendre
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden="true" />}
                onClick={() => onAbandon(upload)}
                aria-label={`Abandonner le dépôt de ${upload.fileName}`}
              >
                Abandonner
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      {refusal && (
        <Text size="sm" c="red.8" mt="xs" role="alert">
          {refusal}
        </Text>
      )}
      <input
        ref={input}
        type="file"
        hidden
        aria-label={
          resuming ? `Choisir à nouveau ${quoteFrench(resuming.fileName)}` : 'Choisir le fichier à reprendre'
        }
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file && resuming) setRefusal(onResume(resuming, file));
        }}
        data-testid="vault-unfinished-input"
      />
    </Alert>
  );
}
