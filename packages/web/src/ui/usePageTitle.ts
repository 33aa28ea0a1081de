import { useEffect } from 'react';

/** The tab title names the page first: that is what screen readers announce on navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Reintegra`;
  }, [title]);
}
