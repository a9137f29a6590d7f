import { Badge, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { fetchVersion } from '../api/versions-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { formatMoment } from '../deed-history/format-french-time';
import { useApiResource } from '../hooks/use-api-resource';
import { describePerson, describeVersion } from './describe-person';
import { VersionDocument } from './version-document';
import { VersionKindBadge } from './version-kind-badge';
import classes from './versions.module.css';

interface VersionReaderModalProps {
  deedId: string;
  versionId: string;
  onClose: () => void;
}

/** A version opened for reading: its text on a sheet of paper, who saved it and when. */
export function VersionReaderModal({ deedId, versionId, onClose }: VersionReaderModalProps) {
  const version = useApiResource(`${deedId}:${versionId}`, (signal) =>
    fetchVersion(deedId, versionId, signal),
  );
  const title =
    version.status === 'success' ? `Lecture de la ${describeVersion(version.data)}` : 'Lecture d’une version';

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="min(1000px, 96vw)"
      classNames={{ body: classes.readerBody, title: classes.readerTitle }}
      data-testid="version-reader"
    >
      {version.status === 'loading' && (
        <Center py={64} role="status" aria-label="Chargement de la version">
          <Loader size="sm" />
        </Center>
      )}
      {version.status === 'error' && (
        <LoadErrorAlert
          title="Impossible d’ouvrir cette version"
          error={version.error}
          onRetry={version.reload}
        />
      )}
      {version.status === 'success' && (
        <Stack gap="md">
          <Group gap="xs" className={classes.readerMeta}>
            <VersionKindBadge kind={version.data.kind} />
            <Badge size="xs" variant="outline" color="gray" tt="none">
              Lecture seule
            </Badge>
            <Text size="sm" c="dimmed">
              Enregistrée par {describePerson(version.data.createdBy)} {formatMoment(version.data.createdAt)}
            </Text>
          </Group>
          {version.data.note && (
            <Text size="sm" className={classes.readerNote}>
              {version.data.note}
            </Text>
          )}
          <article className={classes.readerPaper}>
            <VersionDocument content={version.data.content} />
          </article>
        </Stack>
      )}
    </Modal>
  );
}
