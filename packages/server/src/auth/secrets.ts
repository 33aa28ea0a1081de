import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
// Algorithm.Argon2id is a const enum, which type stripping cannot inline.
const argon2Id = 2 as Algorithm;
const argon2Options = { algorithm: argon2Id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

// Verifying against this when the username is unknown makes a failed sign-in
// take as long whether or not the account exists.
const unknownUserHash = hash('no such user: constant-time padding', argon2Options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await unknownUserHash, password);
    return false;
  }
  return verify(passwordHash, password);
}

/** A random secret for a cookie, an API token or a temporary password. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as their SHA-256; they are long and random, so no slow hash is needed. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
