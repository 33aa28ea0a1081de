import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords.ts';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery', 'amina')).toBeNull();
  });
  it('refuses short passwords and ones built on the username', () => {
    expect(passwordProblem('short', 'amina')).toBe('too_short');
    expect(passwordProblem('amina-is-my-password', 'amina')).toBe('same_as_username');
  });
});
