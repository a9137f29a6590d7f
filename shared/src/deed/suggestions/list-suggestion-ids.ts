import type { Node } from '@tiptap/pm/model';
import { SUGGESTION_MARK_NAMES } from './suggestion-marks';

const NAMES: readonly string[] = SUGGESTION_MARK_NAMES;

/** Every suggestion id in a document, in document order, each once. */
export function listSuggestionIds(doc: Node): string[] {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) if (NAMES.includes(mark.type.name)) ids.add(String(mark.attrs.id));
    return true;
  });
  return [...ids];
}
