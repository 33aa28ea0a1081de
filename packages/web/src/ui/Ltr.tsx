import type { ReactNode } from 'react';

/**
 * Usernames, codes, addresses and ids are Latin left-to-right text; inside an
 * Arabic page they must not be reordered, yet the cell keeps the page's alignment.
 */
export function Ltr({ children }: { children: ReactNode }) {
  return <span dir="ltr">{children}</span>;
}
