/**
 * What "tracked changes only" costs the server: a suggester types 400 characters into the
 * 24-article demo credit agreement, one update per keystroke, each checked as the room does it
 * (applied to the scratch replica, then both documents compared by the ContentGuard). Printed
 * side by side with the cost of applying the same update without the check (an editor's path).
 *
 *   pnpm bench:suggestions
 */
import { buildCreditAgreement, createContentGuard } from '@deedroom/api';
import { DEED_FIELD, getDeedSchema, suggestTransaction } from '@deedroom/shared';
import { EditorState } from '@tiptap/pm/state';
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

const KEYSTROKES = 400;
const TEXT = 'Le Promoteur propose que le différé d’amortissement soit porté à six mois. ';

const content = buildCreditAgreement({
  programme: 'Résidence Les Tilleuls',
  city: 'Nantes',
  lots: 48,
  amountCents: 9_800_000_00,
  bankName: 'Banque Horizon',
  developerName: 'Atlantique Promotion',
  borrowerName: 'SCCV Les Tilleuls',
  notaryName: 'Maître Anne Dupuis',
  signingCity: 'Nantes',
});
const schema = getDeedSchema();
const server = prosemirrorJSONToYDoc(schema, content, DEED_FIELD);
const replica = new Y.Doc();
Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
const client = new Y.Doc();
Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
const guard = createContentGuard();

/** Where the suggester types: the start of recital A (text typed before it never moves it). */
function findRecitalA(doc: ReturnType<typeof yXmlFragmentToProseMirrorRootNode>): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.type.name === 'paragraph' && node.textContent.startsWith('A. L’Emprunteur'))
      found = pos + 1;
    return found < 0;
  });
  if (found < 0) throw new Error('anchor paragraph not found');
  return found;
}
const start = findRecitalA(yXmlFragmentToProseMirrorRootNode(client.getXmlFragment(DEED_FIELD), schema));

const checked: number[] = [];
const plain: number[] = [];
for (let i = 0; i < KEYSTROKES; i += 1) {
  const before = yXmlFragmentToProseMirrorRootNode(client.getXmlFragment(DEED_FIELD), schema);
  const state = EditorState.create({ doc: before });
  const tr = state.tr.insertText(TEXT[i % TEXT.length] ?? ' ', start + i);
  const after = state.apply(suggestTransaction(tr, state, 'bench-user')).doc;
  const sv = Y.encodeStateVector(client);
  updateYFragment(client, client.getXmlFragment(DEED_FIELD), after, {
    mapping: new Map(),
    isOMark: new Map(),
  });
  const update = Y.encodeStateAsUpdate(client, sv);

  let began = performance.now();
  Y.applyUpdate(replica, update);
  const isAllowed = guard.isSuggestionOnly(server, replica, 'bench-user');
  Y.applyUpdate(server, update);
  checked.push(performance.now() - began);
  if (!isAllowed) throw new Error(`keystroke ${i} was refused`);

  const control = new Y.Doc();
  Y.applyUpdate(control, Y.encodeStateAsUpdate(server));
  began = performance.now();
  Y.applyUpdate(control, update);
  plain.push(performance.now() - began);
  control.destroy();
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const row = (label: string, values: number[]) =>
  `${label.padEnd(42)} p50 ${quantile(values, 0.5).toFixed(2).padStart(6)} ms   p99 ${quantile(values, 0.99).toFixed(2).padStart(6)} ms   max ${Math.max(
    ...values,
  )
    .toFixed(2)
    .padStart(6)} ms`;
const bytes = Y.encodeStateAsUpdate(server).length;
console.log(
  `Suggestion guard on the demo credit agreement (${(bytes / 1024).toFixed(0)} KiB Yjs state), ${KEYSTROKES} keystrokes`,
);
console.log(row('suggester update (replica + guard + apply)', checked));
console.log(row('editor update (apply only)', plain));
