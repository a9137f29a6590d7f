import { type CommandProps, Node } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { SUGGESTION_BLOCK_MARKS } from './suggestions/suggestion-marks';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    article: {
      /** A new article after the one holding the cursor (or at the cursor outside any article). */
      insertArticle: () => ReturnType;
      /** A new sub-article at the end of the article holding the cursor. */
      insertSubArticle: () => ReturnType;
    };
  }
}

const NEW_ARTICLE_TITLE = 'Nouvel article';

function newArticle() {
  return {
    type: 'article',
    content: [
      { type: 'articleTitle', content: [{ type: 'text', text: NEW_ARTICLE_TITLE }] },
      { type: 'paragraph' },
    ],
  };
}

function articleDepth($pos: ResolvedPos, outermost: boolean): number | undefined {
  let found: number | undefined;
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === 'article') {
      found = depth;
      if (!outermost) return found;
    }
  }
  return found;
}

/**
 * The heading line of an article. Its number is not stored: it is drawn by CSS counters in the
 * editor and computed by `numberArticles` elsewhere, so moving an article renumbers everything.
 */
export const ArticleTitle = Node.create({
  name: 'articleTitle',
  content: 'inline*',
  defining: true,
  marks: `bold italic underline ${SUGGESTION_BLOCK_MARKS}`,
  parseHTML: () => [{ tag: 'h3.deed-article-title' }],
  renderHTML: () => ['h3', { class: 'deed-article-title' }, 0],
});

/** A numbered article ("Article 4"), which may hold sub-articles ("4.1", "4.1.2"). */
export const Article = Node.create({
  name: 'article',
  group: 'block',
  content: 'articleTitle block*',
  marks: SUGGESTION_BLOCK_MARKS,
  defining: true,
  parseHTML: () => [{ tag: 'section[data-type="article"]' }],
  renderHTML: () => ['section', { 'data-type': 'article', class: 'deed-article' }, 0],

  addCommands() {
    return {
      insertArticle:
        () =>
        ({ state, commands }: CommandProps) => {
          const depth = articleDepth(state.selection.$from, true);
          const pos = depth === undefined ? state.selection.from : state.selection.$from.after(depth);
          return commands.insertContentAt(pos, newArticle());
        },
      insertSubArticle:
        () =>
        ({ state, commands }: CommandProps) => {
          const depth = articleDepth(state.selection.$from, false);
          if (depth === undefined) return false;
          return commands.insertContentAt(state.selection.$from.end(depth), newArticle());
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-a': () => this.editor.commands.insertArticle(),
      'Mod-Alt-s': () => this.editor.commands.insertSubArticle(),
    };
  },
});
