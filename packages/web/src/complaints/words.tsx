import { Badge } from '@mantine/core';
import type { ComplaintHandlingStatus } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

// Waiting, being handled, ended: scanned by eye by the tint, with the word always there.
// Near-black text, as the referral badges: a tint's own dark shade is too faint on its light ground.
const statusColours: Record<ComplaintHandlingStatus, string> = {
  received: 'orange',
  acknowledged: 'blue',
  under_review: 'indigo',
  resolved: 'teal',
  dismissed: 'gray',
};

export function HandlingStatusBadge({ status }: { status: ComplaintHandlingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c="dark.9" variant="light" tt="none">
      {t(`complaints.statuses.${status}`)}
    </Badge>
  );
}

// The field codes this feature's routes send, with a sentence of their own in every language.
const fieldCodes = [
  'case_not_found',
  'in_future',
  'named_anonymous',
  'name_required',
  'subject_required',
  'case_required',
  'caseworker_required',
  'choose_caseworker',
  'concerned_handler',
  'out_of_scope',
  'not_handler',
  'place_required',
  'resolution_required',
  'reason_required',
  'before_from',
] as const;
type FieldCode = (typeof fieldCodes)[number];
const isFieldCode = (code: string): code is FieldCode => (fieldCodes as readonly string[]).includes(code);

/** Field problems of a failed complaint command, by form field, in the reader's language. */
export function useComplaintFieldErrors() {
  const { t, i18n } = useTranslation();
  return (error: unknown): Record<string, string> =>
    error instanceof ApiError
      ? error.fieldErrors((p) =>
          isFieldCode(p.code)
            ? t(`complaints.fieldErrors.${p.code}`)
            : i18n.language === 'en'
              ? p.message
              : t('validation.rejected'),
        )
      : {};
}
