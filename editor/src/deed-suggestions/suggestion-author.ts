import type { OrgKind } from '@deedroom/shared';

/** Who made a suggestion, as the deal's staff list names them. */
export interface SuggestionAuthor {
  name: string;
  orgName: string;
  orgKind: OrgKind;
}

export type SuggestionAuthors = ReadonlyMap<string, SuggestionAuthor>;

const TIME_FORMAT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

export function describeAuthor(authors: SuggestionAuthors, authorId: string | null): string {
  const author = authorId ? authors.get(authorId) : undefined;
  return author ? `${author.name} (${author.orgName})` : 'Participant inconnu';
}

export function formatSuggestionTime(iso: string | null): string {
  return iso ? TIME_FORMAT.format(new Date(iso)) : '';
}
