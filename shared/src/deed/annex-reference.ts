import { Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annexReference: {
      insertAnnexReference: (attrs: { annexId: string; label: string }) => ReturnType;
    };
  }
}

/** An inline reference to an annex of the deed ("Annexe 3 – Permis de construire"). */
export const AnnexReference = Node.create({
  name: 'annexReference',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes() {
    return {
      annexId: { default: null, parseHTML: (el) => el.getAttribute('data-annex-id') },
      label: { default: '', parseHTML: (el) => el.getAttribute('data-label') ?? el.textContent ?? '' },
    };
  },
  parseHTML: () => [{ tag: 'span[data-type="annex-reference"]' }],
  renderHTML: ({ node }) => [
    'span',
    {
      'data-type': 'annex-reference',
      'data-annex-id': node.attrs.annexId,
      'data-label': node.attrs.label,
      class: 'annex-reference',
    },
    `Annexe ${node.attrs.label}`,
  ],
  renderText: ({ node }) => `Annexe ${node.attrs.label}`,
  addCommands() {
    return {
      insertAnnexReference:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
