import { Secret, TOTP } from 'otpauth';

// RFC 6238 defaults, which every authenticator app understands.
function totpFor(secretBase32: string, username: string): TOTP {
  return new TOTP({
    issuer: 'Reintegra',
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return totpFor(secretBase32, username).toString();
}

/** Accepts the code of the current 30-second step or of either neighbour, for clock drift. */
export function totpValid(secretBase32: string, username: string, code: string, now: Date): boolean {
  return (
    totpFor(secretBase32, username).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null
  );
}

export function totpCode(secretBase32: string, username: string, now: Date): string {
  return totpFor(secretBase32, username).generate({ timestamp: now.getTime() });
}
