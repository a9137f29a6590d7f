import type { CommentThread, StaffMember } from '@deedroom/shared';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { replyToCommentThread } from '../api/comments-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { type CommentDraft, EMPTY_DRAFT, isDraftEmpty } from './comment-draft';
import { describeCommentError } from './describe-comment-error';
import { MentionsField } from './mentions-field';

interface ReplyBoxProps {
  threadId: string;
  people: readonly StaffMember[];
  csrfToken: string;
  onReplied: (thread: CommentThread) => void;
}

/** « Répondre » under a thread; Ctrl+Entrée sends. */
export function ReplyBox({ threadId, people, csrfToken, onReplied }: ReplyBoxProps) {
  const [draft, setDraft] = useState<CommentDraft>(EMPTY_DRAFT);
  const reply = useApiMutation((next: CommentDraft) =>
    replyToCommentThread(threadId, { body: next.text, mentions: next.mentionIds }, csrfToken),
  );
  const submit = async () => {
    if (isDraftEmpty(draft) || reply.isPending) return;
    const outcome = await reply.run(draft);
    if (outcome.ok) {
      setDraft(EMPTY_DRAFT);
      onReplied(outcome.data);
    }
  };
  return (
    <div data-testid="comment-reply">
      <MentionsField
        draft={draft}
        onChange={setDraft}
        people={people}
        label="Répondre à la discussion"
        placeholder="Répondre… (@ pour mentionner)"
        onSubmit={submit}
        testId="comment-reply-input"
      />
      <Group justify="flex-end" mt={6}>
        <Button
          size="compact-sm"
          onClick={submit}
          loading={reply.isPending}
          disabled={isDraftEmpty(draft)}
          data-testid="comment-reply-submit"
        >
          Répondre
        </Button>
      </Group>
      <FormErrorAlert message={reply.error ? describeCommentError(reply.error) : null} />
    </div>
  );
}
