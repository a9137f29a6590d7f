import type { DeedComment } from '@deedroom/shared';
import type { ReactNode } from 'react';
import classes from './comments-panel.module.css';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A comment's plain text, its @mentions set apart. */
export function CommentBody({ comment }: { comment: DeedComment & { body: string } }) {
  const names = comment.mentions.map((m) => `@${m.name}`);
  if (names.length === 0) return <p className={classes.body}>{comment.body}</p>;
  const pattern = new RegExp(`(${names.map(escapeRegExp).join('|')})`, 'g');
  const parts: ReactNode[] = comment.body.split(pattern).map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder.
      <span key={index} className={classes.mention}>
        {part}
      </span>
    ) : (
      part
    ),
  );
  return <p className={classes.body}>{parts}</p>;
}
