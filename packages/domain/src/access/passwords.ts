// Length is what makes a password hard to guess; composition rules mostly make
// it hard to remember. A passphrase of 12 characters or more is asked for.
export const passwordMinLength = 12;
export const passwordMaxLength = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_username';

export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password.length < passwordMinLength) return 'too_short';
  if (password.length > passwordMaxLength) return 'too_long';
  if (password.toLowerCase().includes(username.toLowerCase()) && username.length >= 3)
    return 'same_as_username';
  return null;
}
