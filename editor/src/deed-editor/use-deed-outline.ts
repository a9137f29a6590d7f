import { type NumberedArticle, numberArticles } from '@deedroom/shared';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { buildOutlineSource } from './build-outline-source';

const OUTLINE_DEBOUNCE_MS = 300;

/** The numbered articles of the deed, recomputed shortly after the text stops changing. */
export function useDeedOutline(editor: Editor): NumberedArticle[] {
  const [articles, setArticles] = useState<NumberedArticle[]>(() =>
    numberArticles(buildOutlineSource(editor.state.doc)),
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recompute = () => setArticles(numberArticles(buildOutlineSource(editor.state.doc)));
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(recompute, OUTLINE_DEBOUNCE_MS);
    };
    recompute();
    editor.on('update', schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor]);

  return articles;
}
