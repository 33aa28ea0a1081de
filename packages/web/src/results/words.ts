import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useDescribeError, useFieldErrors } from '../ui/errors.tsx';

/**
 * A reporting period as the reader says it: "March 2026", "Q1 2026", "H2 2026",
 * "2026", "End of the programme". Read from how the period is written, not the
 * row's frequency, so that a value kept from before the frequency changed is
 * still named right.
 */
export function usePeriodName() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { useGrouping: false });
  return (period: string): string => {
    if (period === 'end') return t('results.periods.end');
    const [year = '', part = ''] = period.split('-');
    const words = { year: number.format(Number(year)), n: number.format(Number(part.slice(1))) };
    if (part.startsWith('Q')) return t('results.periods.quarter', words);
    if (part.startsWith('H')) return t('results.periods.half', words);
    if (part) {
      return new Intl.DateTimeFormat(i18n.language, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${period}-01T00:00:00Z`));
    }
    return words.year;
  };
}

// The refusals of the results routes (409) and the field codes of their rules, in the reader's language.
const resultCodes = ['period_has_value', 'actual_from_dashboard', 'row_has_actuals'] as const;
const resultFieldCodes = [
  'missing_parent',
  'wrong_parent_level',
  'negative',
  'percent_range',
  'wrong_period',
  'future_period',
] as const;
const isResultCode = (code: string): code is (typeof resultCodes)[number] =>
  (resultCodes as readonly string[]).includes(code);
const isResultFieldCode = (code: string): code is (typeof resultFieldCodes)[number] =>
  (resultFieldCodes as readonly string[]).includes(code);

/** A refusal in words: the results routes' own codes first, then the general ones. */
export function useResultError() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error: unknown): string =>
    error instanceof ApiError && isResultCode(error.code)
      ? t(`results.errors.${error.code}`)
      : describe(error);
}

/** Field problems by field, the results rules in their own words. */
export function useResultFieldErrors() {
  const { t } = useTranslation();
  const general = useFieldErrors();
  return (error: unknown): Record<string, string> => {
    if (!(error instanceof ApiError)) return {};
    const own = error.fieldErrors((p) =>
      isResultFieldCode(p.code) ? t(`results.fieldErrors.${p.code}`) : '',
    );
    const byField = general(error);
    for (const [field, words] of Object.entries(own)) if (words) byField[field] = words;
    return byField;
  };
}
