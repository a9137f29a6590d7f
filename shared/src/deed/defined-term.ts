import { Mark } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    definedTerm: {
      /** Marks the selection as a defined term ("le « Prêteur »"). */
      toggleDefinedTerm: () => ReturnType;
    };
  }
}

/** A capitalised term given a meaning in the definitions article. */
export const DefinedTerm = Mark.create({
  name: 'definedTerm',
  parseHTML: () => [{ tag: 'dfn' }],
  renderHTML: () => ['dfn', { class: 'defined-term' }, 0],
  addCommands() {
    return {
      toggleDefinedTerm:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Shift-d': () => this.editor.commands.toggleDefinedTerm() };
  },
});
