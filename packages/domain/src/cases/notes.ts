import type { Role } from '../access/roles.ts';

// A confidential case note is "visible only to the author's role and above"
// (issue 3): a supervisor's confidential note is not for caseworkers; a
// caseworker's is for their supervisors and managers too. Roles without case
// files have no rank.
const noteRank: Partial<Record<Role, number>> = {
  me_officer: 1,
  caseworker: 1,
  supervisor: 2,
  programme_manager: 3,
};

/** Whether a reader may see a confidential note written by someone of `authorRole`. */
export function mayReadConfidentialNote(
  reader: { role: Role; userId: string },
  author: { role: Role; userId: string },
) {
  if (reader.userId === author.userId) return true;
  const readerRank = noteRank[reader.role];
  const authorRank = noteRank[author.role];
  return readerRank !== undefined && authorRank !== undefined && readerRank >= authorRank;
}
