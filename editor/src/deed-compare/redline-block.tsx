import type { ComparedArticle, ComparedBlock } from '@deedroom/shared';
import { Badge, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeBlockFormatChange, NNBSP } from './describe-format-change';
import { redlineElementId } from './redline-element-id';
import { RedlineText } from './redline-text';
import classes from './redline-view.module.css';

interface RedlineBlockProps {
  block: ComparedBlock;
  idPrefix: string;
  /** Inside a block inserted or deleted as a whole, which has already said so. */
  isWithinWholeChange: boolean;
}

/** Blocks are rebuilt with each comparison, never reordered: article anchors or positions key them. */
function keyBlocks(blocks: readonly ComparedBlock[] | undefined) {
  return (blocks ?? []).map((block, position) => ({
    block,
    key: block.article?.anchor ?? `${position}-${block.type}`,
  }));
}

function isWholeChange(block: ComparedBlock): boolean {
  return block.status === 'inserted' || block.status === 'deleted';
}

/** A list of sibling blocks of the redline, in reading order. */
export function RedlineBlocks({
  blocks,
  idPrefix,
  isWithinWholeChange,
}: {
  blocks: readonly ComparedBlock[] | undefined;
  idPrefix: string;
  isWithinWholeChange: boolean;
}) {
  return keyBlocks(blocks).map(({ block, key }) => (
    <RedlineBlock key={key} block={block} idPrefix={idPrefix} isWithinWholeChange={isWithinWholeChange} />
  ));
}

function describeMove(article: ComparedArticle): string {
  if (!article.formerNumber) return 'Déplacé';
  return article.depth === 1
    ? `Déplacé (ancien article ${article.formerNumber})`
    : `Déplacé (ancien ${article.formerNumber})`;
}

function RedlineArticle({
  block,
  article,
  idPrefix,
  isWithinWholeChange,
}: RedlineBlockProps & {
  article: ComparedArticle;
}) {
  const [first, ...rest] = block.children ?? [];
  const title = first?.type === 'articleTitle' ? first : undefined;
  const body = title ? rest : (block.children ?? []);
  const isWhole = isWholeChange(block);
  const Heading = article.depth === 1 ? 'h3' : article.depth === 2 ? 'h4' : 'h5';
  return (
    <section
      id={redlineElementId(article.anchor, idPrefix)}
      className={classes.article}
      data-depth={Math.min(article.depth, 3)}
      data-status={block.status}
      data-moved={block.isMoved || undefined}
      tabIndex={-1}
    >
      <div className={classes.articleHeading}>
        <Heading
          className={classes.articleTitle}
          data-format-changed={title?.formatChange ? true : undefined}
          title={title?.formatChange ? describeBlockFormatChange(title.formatChange) : undefined}
        >
          <span className={classes.articleNumber}>
            {article.depth === 1 ? `Article ${article.number} – ` : `${article.number}\u2002`}
          </span>
          <RedlineText segments={title?.segments ?? []} isLabelled={!isWhole && !isWithinWholeChange} />
        </Heading>
        {!isWithinWholeChange && (block.isMoved || isWhole) && (
          <div className={classes.badges}>
            {block.isMoved && (
              <Badge className={classes.badge} color="violet" variant="light" radius="sm">
                {describeMove(article)}
              </Badge>
            )}
            {block.status === 'inserted' && (
              <Badge className={classes.badge} color="green" variant="light" radius="sm">
                Inséré
              </Badge>
            )}
            {block.status === 'deleted' && (
              <Badge className={classes.badge} color="red" variant="light" radius="sm">
                Supprimé
              </Badge>
            )}
          </div>
        )}
      </div>
      <RedlineBlocks blocks={body} idPrefix={idPrefix} isWithinWholeChange={isWithinWholeChange || isWhole} />
    </section>
  );
}

function numberAttr(block: ComparedBlock, name: string): number | undefined {
  const value = block.attrs?.[name];
  return typeof value === 'number' ? value : undefined;
}

/** One block of the redline, drawn with the deed's own elements and the editor's print styles. */
function RedlineBlock({ block, idPrefix, isWithinWholeChange }: RedlineBlockProps) {
  if (block.article) {
    return (
      <RedlineArticle
        block={block}
        article={block.article}
        idPrefix={idPrefix}
        isWithinWholeChange={isWithinWholeChange}
      />
    );
  }
  const isWhole = isWholeChange(block);
  // Where phrasing content is allowed, a block changed as a whole says so once, before its words.
  const announce = (content: ReactNode): ReactNode => (
    <>
      {isWhole && !isWithinWholeChange && (
        <VisuallyHidden>
          {block.status === 'inserted' ? `Passage inséré${NNBSP}: ` : `Passage supprimé${NNBSP}: `}
        </VisuallyHidden>
      )}
      {content}
    </>
  );
  const inner = isWithinWholeChange || isWhole;
  const text = <RedlineText segments={block.segments ?? []} isLabelled={!inner} />;
  const children = <RedlineBlocks blocks={block.children} idPrefix={idPrefix} isWithinWholeChange={inner} />;
  // Tables and lists hold no text of their own: their rows, cells and items announce themselves.
  const passThrough = (
    <RedlineBlocks blocks={block.children} idPrefix={idPrefix} isWithinWholeChange={isWithinWholeChange} />
  );
  const common = {
    className: classes.block,
    'data-status': block.status,
    'data-moved': block.isMoved || undefined,
    'data-format-changed': block.formatChange ? true : undefined,
    title: block.formatChange ? describeBlockFormatChange(block.formatChange) : undefined,
  };

  // Text-like blocks carry the change bar; rows, cells and items are coloured instead.
  const barred = { ...common, className: `${classes.block} ${classes.bar}` };

  switch (block.type) {
    case 'paragraph':
      return <p {...barred}>{announce(text)}</p>;
    case 'heading':
      return numberAttr(block, 'level') === 2 ? (
        <h2 {...barred}>{announce(text)}</h2>
      ) : (
        <h1 {...barred}>{announce(text)}</h1>
      );
    case 'bulletList':
      return <ul {...common}>{passThrough}</ul>;
    case 'orderedList':
      return (
        <ol {...common} start={numberAttr(block, 'start')}>
          {passThrough}
        </ol>
      );
    case 'listItem':
      return <li {...common}>{announce(children)}</li>;
    case 'table':
      return (
        <div className="tableWrapper">
          <table {...common}>
            <tbody>{passThrough}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr {...common}>{passThrough}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const Cell = block.type === 'tableHeader' ? 'th' : 'td';
      return (
        <Cell {...common} colSpan={numberAttr(block, 'colspan')} rowSpan={numberAttr(block, 'rowspan')}>
          {announce(children)}
        </Cell>
      );
    }
    case 'blockquote':
      return <blockquote {...barred}>{announce(children)}</blockquote>;
    case 'pageBreak':
      // The words « Saut de page » are drawn by deed-document.css.
      return (
        <div {...barred} className={`page-break ${classes.block} ${classes.bar}`}>
          {announce(null)}
        </div>
      );
    case 'horizontalRule':
      return <hr {...barred} />;
    default:
      return block.segments ? (
        <p {...barred}>{announce(text)}</p>
      ) : (
        <div {...barred}>{announce(children)}</div>
      );
  }
}
