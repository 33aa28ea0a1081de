// Dates are stored in UTC and shown in the reader's language and time zone (DESIGN.md).
import { useTranslation } from 'react-i18next';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

export function useDates() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime: (iso: string | null) =>
      iso ? formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '',
    date: (iso: string | null) =>
      iso ? formatter(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '',
    /** A calendar day (yyyy-mm-dd) such as a date of birth: read in UTC so no time zone moves it a day. */
    day: (day: string | null) =>
      day
        ? formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
        : '',
  };
}

/** A country's name in the reader's language from its ISO 3166 alpha-2 code; the code itself when unknown. */
export function useCountries() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return (code: string) => {
    try {
      return new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** A length of time in whole months, as years and months in the reader's language ("3 years, 2 months"). */
export function useMonths() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return (months: number) => {
    const unit = (value: number, unit: 'year' | 'month') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
    const years = Math.floor(months / 12);
    const rest = months % 12;
    const parts = [...(years ? [unit(years, 'year')] : []), ...(rest || !years ? [unit(rest, 'month')] : [])];
    return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
  };
}
