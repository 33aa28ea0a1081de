let last = 0;

/**
 * A React key for a row the user adds (a name, a phone, a document). Rows can
 * be removed from the middle, so their position is not their identity: with
 * index keys, focus and screen-reader context would jump to the wrong row.
 */
export function rowKey(): string {
  last += 1;
  return `row-${last}`;
}

/** A line of free text in a list the user grows and shrinks. */
export interface TextRow {
  key: string;
  text: string;
}

export const textRow = (text = ''): TextRow => ({ key: rowKey(), text });
