import { type ChainedCommands, Extension } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

/**
 * Inserts a page break and leaves the caret after it, as word processors do: at the start of the
 * text that followed, or on a fresh empty line when the break was typed on an empty line. (The
 * schema's own command leaves the break selected, so the next keystroke would replace it.)
 */
export function insertPageBreakAndContinue(chain: ChainedCommands): ChainedCommands {
  let isOnEmptyLine = false;
  return chain
    .command(({ state }) => {
      isOnEmptyLine = state.selection.empty && state.selection.$from.parent.content.size === 0;
      return true;
    })
    .insertPageBreak()
    .command(({ tr, state }) => {
      const { selection } = tr;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'pageBreak') return true;
      const after = selection.to;
      const paragraph = state.schema.nodes.paragraph;
      if ((isOnEmptyLine || !tr.doc.resolve(after).nodeAfter?.isTextblock) && paragraph) {
        tr.insert(after, paragraph.create());
      }
      tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
      return true;
    });
}

/** Ctrl+Enter does the same as the toolbar button (ahead of the schema's own binding). */
export const PageBreakShortcut = Extension.create({
  name: 'pageBreakShortcut',
  priority: 200,
  addKeyboardShortcuts() {
    return {
      'Mod-Enter': () => insertPageBreakAndContinue(this.editor.chain()).run(),
    };
  },
});
