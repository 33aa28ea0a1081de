// Figures in words: numbers in the reader's digits, and a withheld figure
// always said to be withheld, never shown blank or as zero.
import { type AgeBand, ageBands } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../ui/format.ts';
import type { BreakdownName, Figure } from './types.ts';

export function useFigureWords(minCount: number) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const withheld = t('dashboard.withheld', { count: count.format(minCount) });
  /** The words of a figure, or the words saying it is withheld. */
  const shown = (figure: Figure, words: (value: number, numerator: number, denominator: number) => string) =>
    figure.withheld || figure.value === null
      ? withheld
      : words(figure.value, figure.numerator ?? 0, figure.denominator ?? 0);
  return {
    withheld,
    count: (n: number | null) => (n === null ? withheld : count.format(n)),
    number: (n: number) => count.format(n),
    decimal: (n: number) => decimal.format(n),
    percent: (n: number) => percent.format(n),
    /** A count on its own. */
    countFigure: (figure: Figure) => shown(figure, (value) => count.format(value)),
    /** "64% (32 of 50)". */
    share: (figure: Figure) =>
      shown(figure, (value, numerator, denominator) =>
        t('dashboard.shareOf', {
          share: percent.format(value),
          numerator: count.format(numerator),
          denominator: count.format(denominator),
        }),
      ),
    /** "1.25 (25 meetings, 20 cases)": the rate and what it divides, worded by `key`. */
    rate: (
      figure: Figure,
      key:
        | 'dashboard.meetings.perCaseOf'
        | 'dashboard.meetings.perCaseworkerOf'
        | 'dashboard.accountability.perCaseworkerOf',
    ) =>
      shown(figure, (value, numerator, denominator) =>
        t(key, {
          rate: decimal.format(value),
          numerator: count.format(numerator),
          denominator: count.format(denominator),
        }),
      ),
    /** "42.5 days (12 cases)". */
    days: (figure: Figure) =>
      shown(figure, (value, _, denominator) =>
        t('dashboard.caseload.daysOf', {
          days: oneDecimal.format(value),
          cases: count.format(denominator),
        }),
      ),
    /** The months of a trend, named in the reader's language ("Nov 2026"). */
    month: (firstDay: string) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${firstDay}T00:00:00Z`),
      ),
  };
}

const isAgeBand = (key: string): key is AgeBand => (ageBands as readonly string[]).includes(key);

/** The name of a group in a breakdown of the outcome indicator. */
export function useGroupName() {
  const { t } = useTranslation();
  const country = useCountries();
  return (breakdown: BreakdownName, key: string): string => {
    switch (breakdown) {
      case 'bySex':
        return key === 'female' || key === 'male' || key === 'unknown' ? t(`sexes.${key}`) : key;
      case 'byAgeBand':
        return isAgeBand(key) ? t(`ageBands.${key}`) : t('dashboard.unknownAge');
      case 'byVulnerability':
        return key === 'vulnerable' ? t('dashboard.vulnerableYes') : t('dashboard.vulnerableNo');
      case 'byCountry':
        return country(key);
      case 'byReturnModality':
        return key === 'assisted' || key === 'spontaneous'
          ? t(`returnAssistance.${key}`)
          : t('dashboard.scores.modalityUnknown');
    }
  };
}
