import type { Node } from '@tiptap/pm/model';
import { parseSuggestionId } from './suggestion-id';
import { SUGGESTION_MARK_NAMES, type SuggestionMarkName } from './suggestion-marks';

const NAMES: readonly string[] = SUGGESTION_MARK_NAMES;
const ANCHOR = /\u200B/g;

/** One suggestion as a reviewer sees it: who, when, what it inserts and deletes, where. */
export interface SuggestionSummary {
  id: string;
  authorId: string | null;
  createdAt: string | null;
  kinds: SuggestionMarkName[];
  insertedText: string;
  deletedText: string;
  /** Document range covering every part of the suggestion. */
  from: number;
  to: number;
}

/** Every suggestion of a document, in document order. */
export function summariseSuggestions(doc: Node): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!NAMES.includes(mark.type.name)) continue;
      const id = String(mark.attrs.id);
      const parts = parseSuggestionId(id);
      const summary = byId.get(id) ?? {
        id,
        authorId: parts?.authorId ?? null,
        createdAt: parts?.createdAt.toISOString() ?? null,
        kinds: [],
        insertedText: '',
        deletedText: '',
        from: pos,
        to: pos + node.nodeSize,
      };
      const kind = mark.type.name as SuggestionMarkName;
      if (!summary.kinds.includes(kind)) summary.kinds.push(kind);
      const text = (node.isText ? (node.text ?? '') : node.textContent).replace(ANCHOR, '');
      if (kind === 'insertion') summary.insertedText += text;
      if (kind === 'deletion') summary.deletedText += text;
      summary.to = Math.max(summary.to, pos + node.nodeSize);
      byId.set(id, summary);
    }
    return true;
  });
  return [...byId.values()];
}
