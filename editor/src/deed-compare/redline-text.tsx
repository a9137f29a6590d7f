import type { RedlineSegment } from '@deedroom/shared';
import { VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeMarkChange, NNBSP } from './describe-format-change';
import classes from './redline-view.module.css';

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

function applyMarks(content: ReactNode, segment: RedlineSegment): ReactNode {
  let result = content;
  const marks = segment.marks ?? [];
  if (marks.includes('definedTerm')) result = <dfn className="defined-term">{result}</dfn>;
  if (marks.includes('strike')) result = <s>{result}</s>;
  if (marks.includes('underline')) result = <u>{result}</u>;
  if (marks.includes('italic')) result = <em>{result}</em>;
  if (marks.includes('bold')) result = <strong>{result}</strong>;
  if (marks.includes('link') && segment.href && SAFE_HREF.test(segment.href)) {
    result = (
      <a href={segment.href} target="_blank" rel="noopener noreferrer">
        {result}
      </a>
    );
  }
  return result;
}

function renderAtom(segment: RedlineSegment): ReactNode {
  if (segment.atom === 'hardBreak') return <br />;
  if (segment.atom === 'annexReference') return <span className="annex-reference">{segment.text}</span>;
  if (segment.atom === 'definedTerm') return <dfn className="defined-term">{segment.text}</dfn>;
  return segment.text;
}

function RedlineSegmentView({ segment, isLabelled }: { segment: RedlineSegment; isLabelled: boolean }) {
  let content = applyMarks(renderAtom(segment), segment);
  if (segment.markChange) {
    content = (
      <span className={classes.formatChanged} title={describeMarkChange(segment.markChange)}>
        {content}
        <VisuallyHidden> (mise en forme modifiée)</VisuallyHidden>
      </span>
    );
  }
  if (segment.op === 'insert') {
    return (
      <ins className={classes.inserted}>
        {isLabelled && <VisuallyHidden>{`inséré${NNBSP}: `}</VisuallyHidden>}
        {content}
      </ins>
    );
  }
  if (segment.op === 'delete') {
    return (
      <del className={classes.deleted}>
        {isLabelled && <VisuallyHidden>{`supprimé${NNBSP}: `}</VisuallyHidden>}
        {content}
      </del>
    );
  }
  return content;
}

export interface RedlineTextProps {
  segments: readonly RedlineSegment[];
  /**
   * False inside a block inserted or deleted as a whole, which announces its status once:
   * its words then need no label each.
   */
  isLabelled?: boolean;
}

/** The words of a text block: kept, inserted (`<ins>`), deleted (`<del>`) or reformatted. */
export function RedlineText({ segments, isLabelled = true }: RedlineTextProps) {
  // A segment list is rebuilt whole, never reordered: a segment's position is its identity.
  const keyed = segments.map((segment, position) => ({ segment, key: `${position}-${segment.op}` }));
  return keyed.map(({ segment, key }) => (
    <RedlineSegmentView key={key} segment={segment} isLabelled={isLabelled} />
  ));
}
