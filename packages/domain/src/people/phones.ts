import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: 'invalid_phone' };

/**
 * A phone number in E.164 (+224…), read in the country where it was given when
 * it has no international prefix. Returnees change numbers often (seed-000
 * L651), so every number is kept; this only makes them comparable.
 */
export function normalisePhone(raw: string, defaultCountry: string | null): PhoneResult {
  const parsed = parsePhoneNumberFromString(raw, (defaultCountry ?? undefined) as CountryCode | undefined);
  if (!parsed?.isPossible()) return { ok: false, problem: 'invalid_phone' };
  return { ok: true, e164: parsed.number };
}

/** Digits of a number, last first: a stored key that finds a number by its last digits with a prefix search. */
export function reversedDigits(phone: string): string {
  return phone.replace(/\D/g, '').split('').reverse().join('');
}
