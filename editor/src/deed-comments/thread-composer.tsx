import type { CommentAnchor, CommentThread, StaffMember, ThreadVisibility } from '@deedroom/shared';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconLock, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { createCommentThread } from '../api/comments-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { type CommentDraft, EMPTY_DRAFT, isDraftEmpty } from './comment-draft';
import classes from './comments-panel.module.css';
import { describeCommentError } from './describe-comment-error';
import { listMentionablePeople } from './mentionable-people';
import { MentionsField } from './mentions-field';

/** The passage a new thread is about, captured when « Commenter » was pressed. */
export interface NewThreadTarget {
  anchor: CommentAnchor;
  quote: string;
}

interface ThreadComposerProps {
  deedId: string;
  target: NewThreadTarget;
  /** Only roles with `comment.internal` (the bank's) may keep a thread to their organisation. */
  canInternal: boolean;
  self: { id: string; orgId: string };
  people: readonly StaffMember[] | null;
  csrfToken: string;
  onCreated: (thread: CommentThread) => void;
  onCancel: () => void;
}

/** A new thread on the selected passage: the first comment and who may read it. */
export function ThreadComposer({
  deedId,
  target,
  canInternal,
  self,
  people,
  csrfToken,
  onCreated,
  onCancel,
}: ThreadComposerProps) {
  const [visibility, setVisibility] = useState<ThreadVisibility>('all');
  const [draft, setDraft] = useState<CommentDraft>(EMPTY_DRAFT);
  const create = useApiMutation((next: CommentDraft) =>
    createCommentThread(
      deedId,
      { anchor: target.anchor, quote: target.quote, visibility, body: next.text, mentions: next.mentionIds },
      csrfToken,
    ),
  );
  const mentionable = listMentionablePeople(people, { visibility, orgId: self.orgId }, self.id);
  const isInternal = visibility === 'internal';

  const submit = async () => {
    if (isDraftEmpty(draft) || create.isPending) return;
    const outcome = await create.run(draft);
    if (outcome.ok) onCreated(outcome.data);
  };

  return (
    <Stack gap="xs" className={classes.composer} data-testid="comment-composer">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts="0.06em">
        Nouveau commentaire
      </Text>
      <div className={classes.composerQuote}>« {target.quote} »</div>
      {canInternal && (
        <SegmentedControl
          size="xs"
          fullWidth
          value={visibility}
          onChange={(value) => setVisibility(value as ThreadVisibility)}
          aria-label="Qui peut lire ce commentaire"
          data-testid="comment-visibility"
          data={[
            {
              value: 'all',
              label: (
                <Group gap={6} justify="center" wrap="nowrap">
                  <IconUsers size={14} aria-hidden="true" />
                  Toutes les parties
                </Group>
              ),
            },
            {
              value: 'internal',
              label: (
                <Group gap={6} justify="center" wrap="nowrap">
                  <IconLock size={14} aria-hidden="true" />
                  Interne à ma banque
                </Group>
              ),
            },
          ]}
        />
      )}
      <MentionsField
        draft={draft}
        onChange={setDraft}
        people={mentionable}
        label="Votre commentaire"
        placeholder="Votre remarque sur ce passage… (@ pour mentionner)"
        onSubmit={submit}
        autoFocus
        testId="comment-composer-input"
      />
      <Text size="xs" c={isInternal ? 'violet.8' : 'dimmed'} data-testid="comment-visibility-hint">
        {isInternal
          ? 'Seuls les membres de votre banque verront cette discussion.'
          : 'Toutes les parties du dossier verront cette discussion.'}
      </Text>
      <FormErrorAlert message={create.error ? describeCommentError(create.error) : null} />
      <Group justify="flex-end" gap="xs">
        <Button size="compact-sm" variant="subtle" color="gray" onClick={onCancel}>
          Annuler
        </Button>
        <Button
          size="compact-sm"
          color={isInternal ? 'violet' : undefined}
          onClick={submit}
          loading={create.isPending}
          disabled={isDraftEmpty(draft)}
          data-testid="comment-composer-submit"
        >
          {isInternal ? 'Publier en interne' : 'Publier'}
        </Button>
      </Group>
    </Stack>
  );
}
