import { describe, expect, it } from 'vitest';
import { mayReadConfidentialNote } from './notes.ts';

describe('confidential notes', () => {
  const worker = { role: 'caseworker' as const, userId: 'w' };
  const colleague = { role: 'caseworker' as const, userId: 'c' };
  const supervisor = { role: 'supervisor' as const, userId: 's' };
  const manager = { role: 'programme_manager' as const, userId: 'm' };

  it('shows a note to its author and to the same role and above', () => {
    expect(mayReadConfidentialNote(worker, worker)).toBe(true);
    expect(mayReadConfidentialNote(colleague, worker)).toBe(true);
    expect(mayReadConfidentialNote(supervisor, worker)).toBe(true);
    expect(mayReadConfidentialNote(manager, supervisor)).toBe(true);
  });

  it('keeps a supervisor’s note from caseworkers, and every note from roles without case files', () => {
    expect(mayReadConfidentialNote(worker, supervisor)).toBe(false);
    expect(mayReadConfidentialNote({ role: 'referral_partner', userId: 'p' }, worker)).toBe(false);
  });
});
