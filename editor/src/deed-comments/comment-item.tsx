import type { CommentThread, DeedComment, StaffMember } from '@deedroom/shared';
import { ActionIcon, Avatar, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { deleteComment, editComment } from '../api/comments-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { readInitials } from '../deed-editor/collaborator';
import { useApiMutation } from '../hooks/use-api-mutation';
import { CommentBody } from './comment-body';
import { type CommentDraft, draftFromComment, isDraftEmpty } from './comment-draft';
import classes from './comments-panel.module.css';
import { describeCommentError } from './describe-comment-error';
import { formatFullTime, formatRelativeTime } from './format-relative-time';
import { MentionsField } from './mentions-field';

interface CommentItemProps {
  comment: DeedComment;
  isMine: boolean;
  /** The thread is open and the caller may comment: their own comments can be changed. */
  canChange: boolean;
  people: readonly StaffMember[];
  now: number;
  csrfToken: string;
  onChanged: (thread: CommentThread) => void;
}

/** One comment: who, from which organisation, when; its author may edit or delete it. */
export function CommentItem({
  comment,
  isMine,
  canChange,
  people,
  now,
  csrfToken,
  onChanged,
}: CommentItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const save = useApiMutation((next: CommentDraft) =>
    editComment(comment.id, { body: next.text, mentions: next.mentionIds }, csrfToken),
  );
  const remove = useApiMutation(() => deleteComment(comment.id, csrfToken));
  const error = save.error ?? remove.error;
  const isDeleted = comment.body === null;

  const startEdit = () => {
    setDraft(draftFromComment(comment.body ?? '', comment.mentions));
    save.clearError();
    setMode('edit');
  };
  const submitEdit = async () => {
    if (!draft || isDraftEmpty(draft)) return;
    const outcome = await save.run(draft);
    if (outcome.ok) {
      onChanged(outcome.data);
      setMode('view');
    }
  };
  const confirmDelete = async () => {
    const outcome = await remove.run();
    if (outcome.ok) onChanged(outcome.data);
    setMode('view');
  };

  return (
    <li className={classes.comment} data-testid="comment" data-comment-id={comment.id}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Avatar size={26} radius="xl" color="navy" aria-hidden="true">
          {readInitials(comment.author.name)}
        </Avatar>
        <div className={classes.commentMeta}>
          <Text size="sm" fw={600} lh={1.3} truncate="end" data-testid="comment-author">
            {comment.author.name}
          </Text>
          <Text size="xs" c="dimmed" lh={1.3}>
            {comment.author.orgName} ·{' '}
            <Tooltip label={formatFullTime(comment.createdAt)} openDelay={300}>
              <time dateTime={comment.createdAt}>{formatRelativeTime(comment.createdAt, now)}</time>
            </Tooltip>
            {comment.editedAt && !isDeleted && ' · modifié'}
          </Text>
        </div>
        {isMine && canChange && !isDeleted && mode === 'view' && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label="Actions sur mon commentaire"
                data-testid="comment-actions"
              >
                <IconDots size={16} aria-hidden="true" />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} aria-hidden="true" />} onClick={startEdit}>
                Modifier
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} aria-hidden="true" />}
                onClick={() => setMode('confirm-delete')}
              >
                Supprimer
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>

      {isDeleted ? (
        <Text size="sm" fs="italic" c="dimmed" className={classes.body} data-testid="comment-deleted">
          Commentaire supprimé
        </Text>
      ) : mode === 'edit' && draft ? (
        <div className={classes.editBox}>
          <MentionsField
            draft={draft}
            onChange={setDraft}
            people={people}
            label="Modifier mon commentaire"
            placeholder="Votre commentaire"
            onSubmit={submitEdit}
            autoFocus
            testId="comment-edit-input"
          />
          <Group justify="flex-end" gap="xs" mt={6}>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setMode('view')}>
              Annuler
            </Button>
            <Button
              size="compact-sm"
              onClick={submitEdit}
              loading={save.isPending}
              disabled={isDraftEmpty(draft)}
            >
              Enregistrer
            </Button>
          </Group>
        </div>
      ) : (
        <CommentBody comment={{ ...comment, body: comment.body ?? '' }} />
      )}

      {mode === 'confirm-delete' && (
        <Group
          gap="xs"
          mt={6}
          className={classes.confirm}
          role="alertdialog"
          aria-label="Confirmer la suppression"
        >
          <Text size="xs" fw={500}>
            Supprimer ce commentaire{'\u202f'}?
          </Text>
          <Button size="compact-xs" color="red" onClick={confirmDelete} loading={remove.isPending}>
            Supprimer
          </Button>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setMode('view')}>
            Annuler
          </Button>
        </Group>
      )}
      <FormErrorAlert message={error ? describeCommentError(error) : null} />
    </li>
  );
}
