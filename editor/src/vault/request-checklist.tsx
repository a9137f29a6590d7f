import {
  type CreateVaultRequestRequest,
  type DecideVaultRequestRequest,
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_LABELS,
  type DocumentCategory,
  type VaultDocument,
  type VaultRequest,
} from '@deedroom/shared';
import { Anchor, Badge, Button, Group, Paper, Progress, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChecklist, IconPlus, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { formatDay } from '../deed-history/format-french-time';
import { AddRequestModal } from './add-request-modal';
import { RejectRequestModal } from './reject-request-modal';
import { RequestStatusBadge } from './request-status-badge';
import classes from './vault.module.css';

interface RequestChecklistProps {
  requests: readonly VaultRequest[];
  /** Titles of the documents the caller sees, to name the piece that answered a request. */
  documentTitles: ReadonlyMap<string, string>;
  /** The documents filed in each category, to point at one that could answer a missing request. */
  documentsByCategory: ReadonlyMap<DocumentCategory, readonly VaultDocument[]>;
  /** The bank: accepts or refuses pieces, adds requests. */
  canReview: boolean;
  /** The developer: answers a request by uploading. */
  canAnswer: boolean;
  onAnswer: (request: VaultRequest, file: File) => void;
  onOpenDocument: (documentId: string) => void;
  onDecide: (request: VaultRequest, decision: DecideVaultRequestRequest) => Promise<ApiError | null>;
  onCreate: (request: CreateVaultRequestRequest) => Promise<ApiError | null>;
}

/** « 7 pièces sur 10 reçues », « 1 pièce sur 10 reçue », « Aucune pièce reçue sur 10 ». */
function describeProgress(received: number, total: number): string {
  if (received === 0) return `Aucune pièce reçue sur ${total}`;
  return received === 1 ? `1 pièce sur ${total} reçue` : `${received} pièces sur ${total} reçues`;
}

/** « Pièces demandées »: the bank's checklist, what is missing, received, accepted or refused. */
export function RequestChecklist({
  requests,
  documentTitles,
  documentsByCategory,
  canReview,
  canAnswer,
  onAnswer,
  onOpenDocument,
  onDecide,
  onCreate,
}: RequestChecklistProps) {
  const [isAdding, setIsAdding] = useState(false);
  const [rejecting, setRejecting] = useState<VaultRequest | null>(null);
  const [answering, setAnswering] = useState<VaultRequest | null>(null);
  const answerInput = useRef<HTMLInputElement>(null);
  const received = requests.filter(
    (request) => request.status === 'received' || request.status === 'accepted',
  );
  const accepted = requests.filter((request) => request.status === 'accepted').length;
  const missingMandatory = requests.filter(
    (request) => request.mandatory && (request.status === 'missing' || request.status === 'rejected'),
  ).length;
  const total = requests.length;
  const ordered = [...requests].sort(
    (a, b) =>
      DOCUMENT_CATEGORIES.indexOf(a.category) - DOCUMENT_CATEGORIES.indexOf(b.category) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

  return (
    <Paper withBorder component="section" aria-labelledby="vault-requests-title" data-testid="vault-requests">
      <div className={classes.sectionHeader}>
        <Group justify="space-between" px="md" pt="sm" pb={6} wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <IconChecklist size={18} aria-hidden="true" />
            <Text id="vault-requests-title" component="h2" fw={650} size="md">
              Pièces demandées
            </Text>
          </Group>
          {canReview && (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={() => setIsAdding(true)}
              aria-label="Demander une pièce au promoteur"
              data-testid="vault-add-request"
            >
              Ajouter
            </Button>
          )}
        </Group>
        {total > 0 && (
          <div className={classes.checklistSummary}>
            <Text size="sm" fw={600} data-testid="vault-requests-summary">
              {describeProgress(received.length, total)}
            </Text>
            <Progress.Root size="sm" mt={6} aria-label={`${received.length} pièces reçues sur ${total}`}>
              <Progress.Section value={(accepted / total) * 100} color="teal" />
              <Progress.Section value={((received.length - accepted) / total) * 100} color="blue" />
            </Progress.Root>
            <Text size="xs" c="dimmed" mt={4}>
              dont {accepted} acceptée{accepted > 1 ? 's' : ''}
              {missingMandatory > 0 &&
                ` · ${missingMandatory} pièce${missingMandatory > 1 ? 's' : ''} obligatoire${missingMandatory > 1 ? 's' : ''} à fournir`}
            </Text>
          </div>
        )}
      </div>

      {total === 0 ? (
        <div className={classes.checklistEmpty} data-testid="vault-requests-empty">
          <Text size="sm" fw={600} c="gray.8">
            Aucune pièce demandée pour l’instant.
          </Text>
          <Text size="sm" c="dimmed">
            {canReview
              ? 'Listez ici les pièces que vous attendez du promoteur : il les déposera en réponse et vous les validerez.'
              : 'La banque listera ici les pièces qu’elle attend pour instruire le dossier.'}
          </Text>
        </div>
      ) : (
        <ul className={classes.requestRows}>
          {ordered.map((request) => {
            const isOpen = request.status === 'missing' || request.status === 'rejected';
            const isLate =
              isOpen && request.dueDate !== null && request.dueDate < new Date().toISOString().slice(0, 10);
            const answerTitle = request.documentId ? documentTitles.get(request.documentId) : undefined;
            const filedAlready = request.documentId ? [] : (documentsByCategory.get(request.category) ?? []);
            return (
              <li
                key={request.id}
                className={classes.requestRow}
                data-status={request.status}
                data-testid="vault-request"
                data-request-id={request.id}
                data-category={request.category}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {DOCUMENT_CATEGORY_LABELS[request.category]}
                    </Text>
                    {request.description !== DOCUMENT_CATEGORY_LABELS[request.category] && (
                      <Text size="xs" c="gray.7" className={classes.requestDescription}>
                        {request.description}
                      </Text>
                    )}
                  </div>
                  <RequestStatusBadge status={request.status} />
                </Group>
                <Group gap={6} mt={4}>
                  <Badge
                    size="xs"
                    variant={request.mandatory ? 'outline' : 'transparent'}
                    color="gray"
                    tt="none"
                  >
                    {request.mandatory ? 'Obligatoire' : 'Facultative'}
                  </Badge>
                  {request.dueDate && (
                    <Text size="xs" c={isLate ? 'red.7' : 'dimmed'} fw={isLate ? 600 : undefined}>
                      {isLate ? 'En retard : ' : ''}avant le {formatDay(request.dueDate)}
                    </Text>
                  )}
                </Group>
                {request.status === 'rejected' && request.rejectionReason && (
                  <Text size="xs" c="red.8" mt={4} data-testid="vault-request-reason">
                    Refusée{request.decidedBy ? ` par ${request.decidedBy.name}` : ''}
                    {'\u202f'}: {request.rejectionReason}
                  </Text>
                )}
                {request.documentId && (
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    mt={4}
                    onClick={() => request.documentId && onOpenDocument(request.documentId)}
                  >
                    {answerTitle ? `Pièce déposée : ${answerTitle}` : 'Voir la pièce déposée'}
                  </Anchor>
                )}
                {filedAlready[0] && (
                  <Text size="xs" c="dimmed" mt={4}>
                    Déjà dans le coffre-fort{'\u202f'}:{' '}
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      onClick={() => filedAlready[0] && onOpenDocument(filedAlready[0].id)}
                    >
                      {filedAlready[0].title}
                    </Anchor>
                    {filedAlready.length > 1 &&
                      ` et ${filedAlready.length - 1} autre${filedAlready.length > 2 ? 's' : ''}`}
                    {canAnswer && !canReview && ' — déposez-le ici pour répondre à la demande.'}
                  </Text>
                )}
                <Group gap={4} mt={6}>
                  {canAnswer && !canReview && request.status !== 'accepted' && (
                    <Button
                      size="compact-xs"
                      variant={isOpen ? 'light' : 'subtle'}
                      leftSection={<IconUpload size={13} aria-hidden="true" />}
                      onClick={() => {
                        setAnswering(request);
                        answerInput.current?.click();
                      }}
                      aria-label={`Déposer la pièce : ${DOCUMENT_CATEGORY_LABELS[request.category]}`}
                      data-testid="vault-request-answer"
                    >
                      {request.status === 'missing' ? 'Déposer la pièce' : 'Déposer une autre pièce'}
                    </Button>
                  )}
                  {canReview && request.status === 'received' && (
                    <>
                      <Tooltip label="La pièce convient">
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="teal"
                          leftSection={<IconCheck size={13} aria-hidden="true" />}
                          onClick={() => void onDecide(request, { decision: 'accept' })}
                          data-testid="vault-request-accept"
                        >
                          Accepter
                        </Button>
                      </Tooltip>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconX size={13} aria-hidden="true" />}
                        onClick={() => setRejecting(request)}
                        data-testid="vault-request-reject"
                      >
                        Refuser
                      </Button>
                    </>
                  )}
                </Group>
              </li>
            );
          })}
        </ul>
      )}

      <input
        ref={answerInput}
        type="file"
        hidden
        aria-label="Choisir la pièce à déposer"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file && answering) onAnswer(answering, file);
        }}
        data-testid="vault-request-answer-input"
      />
      {isAdding && <AddRequestModal onClose={() => setIsAdding(false)} onSubmit={onCreate} />}
      {rejecting && (
        <RejectRequestModal
          request={rejecting}
          onClose={() => setRejecting(null)}
          onReject={(reason) => onDecide(rejecting, { decision: 'reject', reason })}
        />
      )}
    </Paper>
  );
}
