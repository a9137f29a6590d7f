/** Prefix of the ids given to the articles of a redline, unless the page chooses another. */
export const DEFAULT_REDLINE_ID_PREFIX = 'redline-';

/** The DOM id of an article of the redline, from its `anchor` in the comparison. */
export function redlineElementId(anchor: string, idPrefix: string = DEFAULT_REDLINE_ID_PREFIX): string {
  return `${idPrefix}${anchor}`;
}
