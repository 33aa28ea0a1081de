import { useState } from 'react';

/**
 * A form's draft with the problems the browser finds in it. Once a save has
 * shown problems, each change checks again, so a field corrected is no longer
 * in error; the server's own complaint stays until the next save.
 */
export function useCheckedDraft<Draft>(
  initial: () => Draft,
  check: (draft: Draft) => Record<string, string>,
) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (changes: Partial<Draft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    if (Object.keys(problems).length > 0) setProblems(check(next));
  };
  /** Keeps the draft as it is about to be saved and checks it whole: true when it may be sent. */
  const checkAll = (next: Draft) => {
    setDraft(next);
    const found = check(next);
    setProblems(found);
    return Object.keys(found).length === 0;
  };
  return { draft, set, checkAll, problems };
}
