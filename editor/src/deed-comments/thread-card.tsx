import type { CommentThread, StaffMember } from '@deedroom/shared';
import { ActionIcon, Badge, Button, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconUsers } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { setCommentThreadStatus } from '../api/comments-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { CommentItem } from './comment-item';
import classes from './comments-panel.module.css';
import { describeCommentError } from './describe-comment-error';
import { formatRelativeTime } from './format-relative-time';
import { InternalBadge } from './internal-badge';
import { listMentionablePeople } from './mentionable-people';
import { ReplyBox } from './reply-box';

interface ThreadCardProps {
  thread: CommentThread;
  /** False once the commented text was deleted from the deed. */
  isPlaced: boolean;
  isActive: boolean;
  canComment: boolean;
  /** Label all-parties threads too, for those who also write internal ones (the bank). */
  showAudience: boolean;
  selfId: string;
  people: readonly StaffMember[] | null;
  now: number;
  csrfToken: string;
  onActivate: () => void;
  onChanged: (thread: CommentThread) => void;
}

/** One thread: the passage it is about, its comments, a reply box, and resolve or reopen. */
export function ThreadCard({
  thread,
  isPlaced,
  isActive,
  canComment,
  showAudience,
  selfId,
  people,
  now,
  csrfToken,
  onActivate,
  onChanged,
}: ThreadCardProps) {
  const ref = useRef<HTMLElement>(null);
  const isResolved = thread.status === 'resolved';
  const mentionable = listMentionablePeople(
    people,
    { visibility: thread.visibility, orgId: thread.org.id },
    selfId,
  );
  const setStatus = useApiMutation((action: 'resolve' | 'reopen') =>
    setCommentThreadStatus(thread.id, action, csrfToken),
  );
  const changeStatus = async (action: 'resolve' | 'reopen') => {
    const outcome = await setStatus.run(action);
    if (outcome.ok) onChanged(outcome.data);
  };

  useEffect(() => {
    if (isActive) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isActive]);

  const badges = [
    thread.visibility === 'internal' ? (
      <InternalBadge key="audience" orgKind={thread.org.kind} orgName={thread.org.name} />
    ) : (
      showAudience && (
        <Badge
          key="audience"
          size="sm"
          variant="light"
          color="gray"
          leftSection={<IconUsers size={11} aria-hidden="true" />}
          data-testid="comment-shared-badge"
        >
          Toutes les parties
        </Badge>
      )
    ),
    isResolved && (
      <Badge key="status" size="sm" variant="light" color="teal" data-testid="comment-resolved-badge">
        Résolu
      </Badge>
    ),
  ].filter(Boolean);
  const statusAction =
    canComment &&
    (isResolved ? (
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
        onClick={() => changeStatus('reopen')}
        loading={setStatus.isPending}
        data-testid="comment-reopen"
      >
        Rouvrir
      </Button>
    ) : (
      <Tooltip label="Marquer comme résolu" openDelay={300}>
        <ActionIcon
          variant="subtle"
          color="teal"
          size="sm"
          aria-label="Marquer comme résolu"
          onClick={() => changeStatus('resolve')}
          loading={setStatus.isPending}
          data-testid="comment-resolve"
        >
          <IconCheck size={16} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
    ));

  return (
    // The whole card activates the thread for pointer users; the quote is the keyboard way in.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the quote button below offers the same action.
    <article
      ref={ref}
      className={classes.thread}
      data-active={isActive || undefined}
      data-resolved={isResolved || undefined}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-visibility={thread.visibility}
      data-status={thread.status}
      aria-label={`Discussion de ${thread.createdBy.name}`}
      onClick={() => !isActive && onActivate()}
    >
      {badges.length > 0 && (
        <Group justify="space-between" gap={6} wrap="nowrap" className={classes.threadHeader}>
          <Group gap={6}>{badges}</Group>
          {statusAction}
        </Group>
      )}
      <Group justify="space-between" align="flex-start" gap={6} wrap="nowrap">
        <UnstyledButton
          className={classes.quote}
          onClick={onActivate}
          disabled={!isPlaced}
          aria-label={isPlaced ? `Aller au passage commenté\u202f: ${thread.quote}` : undefined}
          data-testid="comment-quote"
        >
          {thread.quote ? `« ${thread.quote} »` : '(passage sans texte)'}
        </UnstyledButton>
        {badges.length === 0 && statusAction}
      </Group>
      {!isPlaced && (
        <Text size="xs" c="dimmed" mb={6}>
          Ce passage a été supprimé de l’acte{'\u202f'}; la discussion reste consultable.
        </Text>
      )}

      <ol className={classes.comments}>
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            isMine={comment.author.id === selfId}
            canChange={canComment && !isResolved}
            people={mentionable}
            now={now}
            csrfToken={csrfToken}
            onChanged={onChanged}
          />
        ))}
      </ol>

      {isResolved && thread.resolvedBy && thread.resolvedAt && (
        <Text size="xs" c="dimmed" mt={4}>
          Résolu par {thread.resolvedBy.name} {formatRelativeTime(thread.resolvedAt, now)}
        </Text>
      )}
      {canComment && !isResolved && isActive && (
        <ReplyBox threadId={thread.id} people={mentionable} csrfToken={csrfToken} onReplied={onChanged} />
      )}
      {canComment && !isResolved && !isActive && thread.comments.length > 0 && (
        <Text size="xs" c="dimmed" className={classes.replyHint}>
          {thread.comments.length > 1 ? `${thread.comments.length - 1} réponse(s) · ` : ''}Cliquez pour
          répondre
        </Text>
      )}
      <FormErrorAlert message={setStatus.error ? describeCommentError(setStatus.error) : null} />
    </article>
  );
}
