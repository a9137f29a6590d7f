import { Node } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /**
       * Inserts a page break and leaves the caret after it, as word processors do: at the start
       * of the text that followed, or on a fresh empty line when typed on an empty line.
       */
      insertPageBreak: () => ReturnType;
    };
  }
}

/** Forces a new page in the PDF and Word exports. */
export const PageBreak = Node.create({
  name: 'pageBreak',
  group: 'block',
  atom: true,
  selectable: true,
  parseHTML: () => [{ tag: 'div[data-type="page-break"]' }],
  renderHTML: () => ['div', { 'data-type': 'page-break', class: 'page-break' }],
  addCommands() {
    return {
      insertPageBreak:
        () =>
        ({ state, chain }) => {
          const isOnEmptyLine = state.selection.empty && state.selection.$from.parent.content.size === 0;
          return chain()
            .insertContent({ type: this.name })
            .command(({ tr }) => {
              const { selection } = tr;
              if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name)
                return true;
              const after = selection.to;
              const paragraph = tr.doc.type.schema.nodes.paragraph;
              if ((isOnEmptyLine || !tr.doc.resolve(after).nodeAfter?.isTextblock) && paragraph) {
                tr.insert(after, paragraph.create());
              }
              tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
              return true;
            })
            .run();
        },
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Enter': () => this.editor.commands.insertPageBreak() };
  },
});
