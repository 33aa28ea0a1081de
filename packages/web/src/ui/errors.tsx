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
  // Refused case moves (409): the lifecycle in the domain package says why.
  'transition_not_allowed',
  'transition_needs_eligibility_and_consent',
  'transition_needs_reason',
  'transition_needs_supervisor',
  'closure_not_proposed',
  'closure_checklist_open',
  'closure_needs_proposal',
  // Team and hand-over refusals (409).
  'already_assigned',
  'last_assignment',
  'consent_required',
  'hand_over_pending',
  'hand_over_not_receiving_side',
  'hand_over_not_sending_side',
  'hand_over_already_decided',
  'hand_over_needs_reason',
  // Households, transfers, saved filters and uploads (409, 413).
  'in_other_household',
  'reference_person',
  'has_case',
  'transfer_open',
  'transfer_needs_supervisor',
  'transfer_own_proposal',
  'transfer_needs_reason',
  'transfer_not_allowed_now',
  'name_taken',
  'body_too_large',
] as const;
type KnownCode = (typeof knownCodes)[number];

const isKnown = (code: string): code is KnownCode => (knownCodes as readonly string[]).includes(code);

// Codes of single-field problems worth their own sentence; the rest get a general one.
const knownFieldCodes = [
  'invalid_phone',
  'office_required',
  'out_of_scope',
  'not_assignable',
  'other_mission',
  'same_mission',
  'not_on_case',
  'person_or_case',
  'same_person',
  'same_case',
  // An attached file the server refused, named by what is wrong with it.
  'empty',
  'too_large',
  'unsupported_type',
  'wrong_type_for_kind',
  // A stay abroad that ends before it begins.
  'before_from',
] as const;
type KnownFieldCode = (typeof knownFieldCodes)[number];
const isKnownField = (code: string): code is KnownFieldCode =>
  (knownFieldCodes as readonly string[]).includes(code);

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
 * only, so a known error code (such as username_taken) or field code (such as
 * invalid_phone) gets its own translated sentence, and other problems a
 * general one outside English.
 */
export function useFieldErrors() {
  const { t, i18n } = useTranslation();
  return (error: unknown): Record<string, string> => {
    if (!(error instanceof ApiError)) return {};
    const own = isKnown(error.code) && error.code !== 'invalid_input' ? t(`errors.${error.code}`) : null;
    return error.fieldErrors((problem) => {
      if (own) return own;
      if (isKnownField(problem.code)) return t(`fieldErrors.${problem.code}`);
      return i18n.language === 'en' ? problem.message : t('validation.rejected');
    });
  };
}
