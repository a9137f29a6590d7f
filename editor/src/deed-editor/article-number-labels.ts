import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * Gives each article title an accessible name with its number ("Article 4 – Conditions
 * suspensives", "4.2 Permis"). The numbers on screen are drawn by CSS counters, which Chromium
 * leaves out of the accessibility tree: without this, screen readers would announce "Article –".
 * Nothing is stored in the document; the labels follow every change, like the counters.
 */
export const ArticleNumberLabels = Extension.create({
  name: 'articleNumberLabels',
  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('articleNumberLabels');
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => buildLabels(state.doc),
          apply: (transaction, labels) => (transaction.docChanged ? buildLabels(transaction.doc) : labels),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});

function buildLabels(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  const visit = (parent: ProseMirrorNode, contentStart: number, prefix: number[]) => {
    let counter = 0;
    parent.forEach((child, offset) => {
      if (child.type.name !== 'article') return;
      counter += 1;
      const numbers = [...prefix, counter];
      const position = contentStart + offset;
      const title = child.firstChild;
      if (title?.type.name === 'articleTitle') {
        const number = numbers.length === 1 ? `Article ${counter} –` : numbers.join('.');
        decorations.push(
          Decoration.node(position + 1, position + 1 + title.nodeSize, {
            'aria-label': `${number} ${title.textContent}`.trim(),
          }),
        );
      }
      visit(child, position + 1, numbers);
    });
  };
  visit(doc, 0, []);
  return DecorationSet.create(doc, decorations);
}
