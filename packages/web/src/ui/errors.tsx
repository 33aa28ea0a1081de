import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

// Codes the server sends (see /api/docs) that the reader gets in their own language.
const knownCodes = [
  'network_error',
  'bad_credentials',
  'account_locked',
  'totp_required',
  'rate_limited',
  'session_expired',
  'unauthenticated',
  'forbidden',
  'csrf_invalid',
  'stale_version',
  'username_taken',
  'not_found',
  'invalid_input',
  'internal_error',
  'totp_already_enabled',
  'totp_not_pending',
  'password_change_required',
] as const;
type KnownCode = (typeof knownCodes)[number];

const isKnown = (code: string): code is KnownCode => (knownCodes as readonly string[]).includes(code);

/** A sentence for the reader about what went wrong. */
export function useDescribeError() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError && isKnown(error.code)) return t(`errors.${error.code}`);
    return t('errors.unknown');
  };
}

/** The failure of a whole action, announced to screen readers as it appears. */
export function ErrorNotice({ error }: { error: unknown }) {
  const describe = useDescribeError();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      {describe(error)}
    </Alert>
  );
}

/** Which fields a failed request complained about, by form field name (server wording). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

/**
 * Field problems to show under the fields. The server words them in English
 * only and without a code per field, so other languages get a translated
 * general message; a known error code (such as username_taken) gets its own.
 */
export function useFieldErrors() {
  const { t, i18n } = useTranslation();
  return (error: unknown): Record<string, string> => {
    if (!(error instanceof ApiError)) return {};
    const byField = error.fieldErrors();
    const own = isKnown(error.code) && error.code !== 'invalid_input' ? t(`errors.${error.code}`) : null;
    for (const field of Object.keys(byField)) {
      if (own) byField[field] = own;
      else if (i18n.language !== 'en') byField[field] = t('validation.rejected');
    }
    return byField;
  };
}
