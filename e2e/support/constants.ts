export const port = 3100;
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * The first administrator, created by the server at start from
 * REINTEGRA_ADMIN_PASSWORD. The password must not contain the username.
 */
export const administrator = {
  username: 'admin',
  displayName: 'Administrator',
  password: 'e2e-passphrase-for-the-first-operator',
};

/** Passwords for users that tests create with a known password. */
export const knownPassword = 'a long shared test passphrase';

/** Names no other test (or earlier run) has used. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
