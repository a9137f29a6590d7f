import { DOCUMENT_CATEGORY_LABELS, type VaultDocument } from '@deedroom/shared';
import { ActionIcon, Badge, Button, Group, Paper, Progress, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconPlayerPause, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { formatFileSize, formatTransferSpeed } from './format-file-size';
import { formatTimeLeft } from './format-time-left';
import { quoteFrench } from './quote-french';
import type { UploadEntry, UploadQueue, UploadStatus } from './upload-queue';
import classes from './vault.module.css';

const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

const STATUS_LABELS: Record<UploadStatus, string> = {
  queued: 'En attente',
  uploading: 'Envoi',
  retrying: 'Nouvelle tentative',
  offline: 'Hors ligne',
  paused: 'En pause',
  finishing: 'Finalisation',
  done: 'Déposé',
  duplicate: 'Déjà présent',
  failed: 'Échec',
};

const STATUS_COLORS: Record<UploadStatus, string> = {
  queued: 'gray',
  uploading: 'navy',
  retrying: 'orange',
  offline: 'orange',
  paused: 'gray',
  finishing: 'navy',
  done: 'teal',
  duplicate: 'yellow',
  failed: 'red',
};

interface UploadListProps {
  entries: readonly UploadEntry[];
  queue: UploadQueue;
  onOpenDocument: (document: VaultDocument) => void;
}

/** One row per file being sent: progress, speed, time left, pause / resume / cancel. */
export function UploadList({ entries, queue, onOpenDocument }: UploadListProps) {
  if (entries.length === 0) return null;
  const landed = entries.filter((entry) => entry.status === 'done' || entry.status === 'duplicate').length;
  return (
    <Paper
      withBorder
      component="section"
      aria-labelledby="vault-uploads-title"
      data-testid="vault-upload-list"
    >
      <Group justify="space-between" px="md" py="xs" className={classes.sectionHeader}>
        <Text id="vault-uploads-title" fw={600} size="sm" aria-live="polite">
          Dépôts · {landed} sur {entries.length} terminé{landed > 1 ? 's' : ''}
        </Text>
        {landed > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={() => queue.dismissLanded()}>
            Retirer les dépôts terminés
          </Button>
        )}
      </Group>
      <ul className={classes.uploadRows}>
        {entries.map((entry) => (
          <UploadRow key={entry.id} entry={entry} queue={queue} onOpenDocument={onOpenDocument} />
        ))}
      </ul>
    </Paper>
  );
}

function UploadRow({
  entry,
  queue,
  onOpenDocument,
}: {
  entry: UploadEntry;
  queue: UploadQueue;
  onOpenDocument: (document: VaultDocument) => void;
}) {
  const ratio = entry.size > 0 ? entry.bytesSent / entry.size : 0;
  const isMoving = entry.status === 'uploading' || entry.status === 'finishing';
  const canPause = entry.status === 'uploading' || entry.status === 'retrying' || entry.status === 'queued';
  const canResume = entry.status === 'paused' || entry.status === 'offline' || entry.status === 'failed';
  const isLanded = entry.status === 'done' || entry.status === 'duplicate';
  const document = entry.result?.document ?? null;
  const timeLeft = entry.status === 'uploading' ? formatTimeLeft(entry.secondsLeft) : null;

  return (
    <li
      className={classes.uploadRow}
      data-testid="vault-upload-row"
      data-status={entry.status}
      data-file-name={entry.fileName}
      data-resumed-from={entry.resumedFrom ?? undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" miw={0}>
          <Text size="sm" fw={600} truncate="end" title={entry.relativePath}>
            {entry.relativePath}
          </Text>
          <Text size="xs" c="dimmed" className={classes.nowrap}>
            {formatFileSize(entry.size)}
          </Text>
          {entry.target.requestId && (
            <Badge size="xs" variant="light" color="grape" tt="none">
              Réponse à une demande
            </Badge>
          )}
          {entry.target.documentId && (
            <Badge size="xs" variant="light" color="cyan" tt="none">
              Nouvelle version
            </Badge>
          )}
          {entry.resumedFrom !== null && (
            <Tooltip label="Ce dépôt a repris là où le serveur s’était arrêté, sans renvoyer le début du fichier.">
              <Badge size="xs" variant="outline" color="navy" tt="none" data-testid="vault-upload-resumed">
                Repris à {PERCENT.format(entry.size > 0 ? entry.resumedFrom / entry.size : 0)}
              </Badge>
            </Tooltip>
          )}
        </Group>
        <Group gap={4} wrap="nowrap">
          <Badge
            size="sm"
            variant="light"
            color={STATUS_COLORS[entry.status]}
            tt="none"
            data-testid="vault-upload-status"
          >
            {STATUS_LABELS[entry.status]}
          </Badge>
          {canPause && (
            <Tooltip label="Mettre en pause">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Mettre en pause le dépôt de ${entry.fileName}`}
                onClick={() => queue.pause(entry.id)}
                data-testid="vault-upload-pause"
              >
                <IconPlayerPause size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          )}
          {canResume && (
            <Tooltip label="Reprendre">
              <ActionIcon
                variant="subtle"
                color="navy"
                aria-label={`Reprendre le dépôt de ${entry.fileName}`}
                onClick={() => queue.resume(entry.id)}
                data-testid="vault-upload-resume"
              >
                <IconPlayerPlay size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          )}
          {!isLanded && entry.status !== 'finishing' && (
            <Tooltip label="Annuler le dépôt">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Annuler le dépôt de ${entry.fileName}`}
                onClick={() => queue.cancel(entry.id)}
                data-testid="vault-upload-cancel"
              >
                <IconX size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          )}
          {isLanded && (
            <Tooltip label="Retirer de la liste">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Retirer ${entry.fileName} de la liste des dépôts`}
                onClick={() => queue.dismiss(entry.id)}
              >
                <IconX size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>

      {!isLanded && entry.status !== 'failed' && (
        <Progress
          mt={6}
          size="sm"
          value={ratio * 100}
          striped={isMoving}
          animated={entry.status === 'uploading'}
          color={entry.status === 'paused' || entry.status === 'queued' ? 'gray' : 'navy'}
          aria-label={`Progression du dépôt de ${entry.fileName}`}
          data-testid="vault-upload-progress"
        />
      )}

      {!isLanded && entry.status !== 'failed' && (
        <Text size="xs" c="dimmed" mt={4} className={classes.figures} data-testid="vault-upload-figures">
          {PERCENT.format(ratio)} · {formatFileSize(entry.bytesSent)} sur {formatFileSize(entry.size)}
          {entry.status === 'uploading' && entry.bytesPerSecond !== null && (
            <> · {formatTransferSpeed(entry.bytesPerSecond)}</>
          )}
          {timeLeft && <> · {timeLeft}</>}
          {entry.status === 'finishing' && <> · le serveur enregistre le fichier…</>}
        </Text>
      )}

      {entry.problem && (
        <Text
          size="xs"
          mt={4}
          c={entry.status === 'failed' ? 'red.8' : 'orange.8'}
          role={entry.status === 'failed' ? 'alert' : undefined}
          data-testid="vault-upload-problem"
        >
          {entry.problem.message}
          {entry.problem.detail && entry.problem.detail !== entry.problem.message && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({entry.problem.detail})
            </Text>
          )}
        </Text>
      )}

      {entry.status === 'done' && document && (
        <Group gap={6} mt={4}>
          <IconCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden="true" />
          <Text size="xs" c="gray.7">
            {document.category
              ? `Classé dans ${quoteFrench(DOCUMENT_CATEGORY_LABELS[document.category])}`
              : 'Déposé, classement en cours…'}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => onOpenDocument(document)}>
            Voir le document
          </Button>
        </Group>
      )}

      {entry.status === 'duplicate' && document && (
        <Group gap={6} mt={4} data-testid="vault-upload-duplicate">
          <IconCopy size={14} color="var(--mantine-color-yellow-8)" aria-hidden="true" />
          <Text size="xs" c="gray.8">
            Ce fichier est déjà dans le dossier, sous le nom {quoteFrench(document.title)}. Il n’a pas été
            ajouté une seconde fois.
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => onOpenDocument(document)}>
            Voir le document existant
          </Button>
        </Group>
      )}
    </li>
  );
}
