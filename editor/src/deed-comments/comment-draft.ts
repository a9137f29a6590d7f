import type { CommentPerson } from '@deedroom/shared';

/** What a comment box holds: the markup of the Mentions field, its plain text and who it mentions. */
export interface CommentDraft {
  /** Mantine Mentions markup: `@[Julie Morel](userId)` for each mention. */
  markup: string;
  text: string;
  mentionIds: string[];
}

export const EMPTY_DRAFT: CommentDraft = { markup: '', text: '', mentionIds: [] };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The draft to edit an existing comment: its mentions become chips again. */
export function draftFromComment(body: string, mentions: readonly CommentPerson[]): CommentDraft {
  let markup = body;
  for (const person of mentions) {
    markup = markup.replace(
      new RegExp(`@${escapeRegExp(person.name)}`, 'g'),
      `@[${person.name}](${person.id})`,
    );
  }
  return { markup, text: body, mentionIds: mentions.map((m) => m.id) };
}

/** Whether the draft has something to send. */
export function isDraftEmpty(draft: CommentDraft): boolean {
  return draft.text.trim() === '';
}
