import type { NumberedArticle } from '@deedroom/shared';
import { ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { type Editor, useEditorState } from '@tiptap/react';
import { findArticlePathAt } from './build-outline-source';
import classes from './deed-outline.module.css';
import { jumpToArticle } from './jump-to-article';
import { useDeedOutline } from './use-deed-outline';

function isSamePath(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, index) => value === b[index]);
}

/** "Sommaire": the numbered articles, each a link that brings the article into view. */
export function DeedOutline({ editor }: { editor: Editor }) {
  const articles = useDeedOutline(editor);
  const currentPath = useEditorState({
    editor,
    selector: ({ editor: current }) => findArticlePathAt(current.state.doc, current.state.selection.from),
    equalityFn: (a, b) => (a ? isSamePath(b ?? undefined, a) : !b),
  });

  return (
    <nav aria-labelledby="deed-outline-title" className={classes.outline} data-testid="deed-outline">
      <Text id="deed-outline-title" className={classes.heading}>
        Sommaire
      </Text>
      {articles.length === 0 ? (
        <Text size="sm" c="dimmed" px="md">
          Aucun article pour le moment. Insérez-en un avec le bouton « Article » de la barre d’outils.
        </Text>
      ) : (
        <ScrollArea className={classes.scroll} type="auto" offsetScrollbars>
          <ol className={classes.list}>
            {articles.map((article) => (
              <OutlineEntry
                key={article.path.join('.')}
                article={article}
                isCurrent={isSamePath(currentPath ?? undefined, article.path)}
                onSelect={() => jumpToArticle(editor, article.path)}
              />
            ))}
          </ol>
        </ScrollArea>
      )}
    </nav>
  );
}

function OutlineEntry({
  article,
  isCurrent,
  onSelect,
}: {
  article: NumberedArticle;
  isCurrent: boolean;
  onSelect: () => void;
}) {
  return (
    <li>
      <UnstyledButton
        className={classes.entry}
        data-depth={Math.min(article.depth, 3)}
        data-current={isCurrent || undefined}
        aria-current={isCurrent ? 'location' : undefined}
        onClick={onSelect}
        data-testid="deed-outline-entry"
      >
        <span className={classes.number}>
          {article.depth === 1 ? `Art. ${article.number}` : article.number}
        </span>
        <span className={classes.title}>{article.title.trim() || 'Sans titre'}</span>
      </UnstyledButton>
    </li>
  );
}
