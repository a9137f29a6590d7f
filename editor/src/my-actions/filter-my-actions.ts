import { type MyAction, ORG_KIND_LABELS } from '@deedroom/shared';

export interface MyActionFilter {
  /** Only this deal's actions; null for every deal. */
  dealId: string | null;
  /** Words to find in the title, description, deal or assignee, accents and case ignored. */
  query: string;
}

export interface DealOption {
  value: string;
  label: string;
}

/** Lower case without accents, so that « echeance » finds « Échéance ». */
function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fr');
}

function searchableText(item: MyAction): string {
  return normaliseForSearch(
    [
      item.title,
      item.description,
      item.dealName,
      item.assignee?.name ?? '',
      ...item.responsibleParties.map((kind) => ORG_KIND_LABELS[kind]),
    ].join(' '),
  );
}

/** The actions matching the deal and every word of the query, in their original order. */
export function filterMyActions(items: readonly MyAction[], filter: MyActionFilter): MyAction[] {
  const words = normaliseForSearch(filter.query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.dealId !== null && item.dealId !== filter.dealId) return false;
    if (words.length === 0) return true;
    const text = searchableText(item);
    return words.every((word) => text.includes(word));
  });
}

/** The deals present in the list, by name, for the deal filter. */
export function listActionDeals(items: readonly MyAction[]): DealOption[] {
  const names = new Map<string, string>();
  for (const item of items) names.set(item.dealId, item.dealName);
  return [...names]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
