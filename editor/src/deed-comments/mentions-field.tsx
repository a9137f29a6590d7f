import { LIMITS, type StaffMember } from '@deedroom/shared';
import { Mentions, Text } from '@mantine/core';
import type { CommentDraft } from './comment-draft';
import classes from './comments-panel.module.css';

interface MentionsFieldProps {
  draft: CommentDraft;
  onChange: (draft: CommentDraft) => void;
  /** People who may be mentioned here (staffed on the deal and able to see the thread). */
  people: readonly StaffMember[];
  label: string;
  placeholder: string;
  onSubmit: () => void;
  autoFocus?: boolean;
  isDisabled?: boolean;
  testId?: string;
}

/** A plain-text comment box where « @ » suggests the people of the deal who may read the thread. */
export function MentionsField({
  draft,
  onChange,
  people,
  label,
  placeholder,
  onSubmit,
  autoFocus,
  isDisabled,
  testId,
}: MentionsFieldProps) {
  const suggestions = people.map((p) => ({ id: p.userId, display: p.name, orgName: p.orgName }));
  const remaining = LIMITS.commentBodyMaxLength - draft.text.length;
  return (
    <div>
      <Mentions
        aria-label={label}
        placeholder={placeholder}
        value={draft.markup}
        onChange={(payload) =>
          onChange({
            markup: payload.value,
            text: payload.plainTextValue,
            mentionIds: [...new Set(payload.mentions.map((m) => m.id))],
          })
        }
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSubmit();
          }
        }}
        minRows={2}
        maxRows={8}
        autoFocus={autoFocus}
        disabled={isDisabled}
        nothingFoundMessage="Personne de ce nom ne peut lire cette discussion"
        a11ySuggestionsListLabel="Personnes à mentionner"
        classNames={{ highlight: classes.mentionChip }}
        data-testid={testId}
      >
        <Mentions.Mention
          trigger="@"
          data={suggestions}
          withTrigger
          appendSpaceOnAdd
          allowSpaceInQuery
          ignoreAccents
          maxSuggestions={8}
          renderSuggestion={({ item }) => (
            <div data-testid="mention-suggestion">
              <Text size="sm" fw={500} lh={1.3}>
                {item.display}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {String(item.orgName ?? '')}
              </Text>
            </div>
          )}
        />
      </Mentions>
      {remaining < 200 && (
        <Text size="xs" c={remaining < 0 ? 'red' : 'dimmed'} mt={4} aria-live="polite">
          {remaining < 0
            ? `${-remaining} caractères de trop (maximum ${LIMITS.commentBodyMaxLength}).`
            : `${remaining} caractères restants.`}
        </Text>
      )}
    </div>
  );
}
