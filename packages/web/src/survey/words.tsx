// Words and numbers of the survey shared by the case page and the survey runner.
import { Alert, Badge, Text, type TextProps } from '@mantine/core';
import {
  type RssBand,
  type RssQuestion,
  type RssRoundStatus,
  type Texts,
  type ThresholdScheme,
  thresholdScheme,
} from '@reintegra/domain';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RssThresholdSchemeView } from '../api/types.ts';

/** The four scores in the order the Handbook gives them, the composite last. */
export const scoreKeys = ['economic', 'social', 'psychosocial', 'composite'] as const;
export type ScoreKey = (typeof scoreKeys)[number];

/**
 * A text of the instrument in the reader's language. The instrument has no
 * Arabic yet (and may lack other languages): the English text is shown then,
 * marked as English and left to right so that screen readers pronounce it as
 * English and the browser does not reorder it inside a right-to-left page.
 */
export function useInstrumentText() {
  const { i18n } = useTranslation();
  return (texts: Texts): { text: string; lang?: 'en'; dir?: 'ltr' } => {
    const own = texts[i18n.language];
    return own ? { text: own } : { text: texts.en, lang: 'en', dir: 'ltr' };
  };
}

/** A text of the instrument, with `lang` and `dir` set when it falls back to English. */
export function InstrumentText({
  texts,
  component = 'span',
  ...props
}: { texts: Texts; component?: 'span' | 'p' | 'div' } & Omit<TextProps, 'children'>) {
  const text = useInstrumentText()(texts);
  return (
    <Text component={component as 'span'} lang={text.lang} dir={text.dir} {...props}>
      {text.text}
    </Text>
  );
}

/** Just the string, for attributes and joined lists; the caller sets `lang` where it shows it. */
export function instrumentString(texts: Texts, language: string): string {
  return texts[language] ?? texts.en;
}

/**
 * The scheme with its inclusive edge, which the server's view leaves out: a
 * known scheme from the domain, or one drawn from the cuts (one cut: MEASURE-like, inclusive).
 */
export function fullScheme(view: RssThresholdSchemeView): ThresholdScheme {
  return thresholdScheme(view.id) ?? { ...view, upperInclusive: view.lower === view.upper };
}

/** Scores with two decimals in the reader's language, and a change with its sign ("+0.12"). */
export function useScoreFormat() {
  const { i18n } = useTranslation();
  const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
  const plain = new Intl.NumberFormat(i18n.language, options);
  const signed = new Intl.NumberFormat(i18n.language, { ...options, signDisplay: 'exceptZero' });
  return {
    score: (value: number | null) => (value === null ? '—' : plain.format(value)),
    /** The change between two shown scores: taken from the rounded figures so that it adds up on screen. */
    change: (now: number, before: number) => {
      const cents = Math.round(now * 100) - Math.round(before * 100);
      return { cents, text: signed.format(cents / 100) };
    },
  };
}

// One colour per band, the word always beside it; the darkest shade keeps 4.5:1 on the pale background.
const bandColours: Record<RssBand, string> = { intensified: 'red', standard: 'blue', hands_off: 'teal' };

export function BandBadge({ band }: { band: RssBand }) {
  const { t } = useTranslation();
  return (
    <Badge color={bandColours[band]} c={`${bandColours[band]}.9`} variant="light" tt="none">
      {t(`survey.bands.${band}`)}
    </Badge>
  );
}

/** What a band suggests, with the scheme's cuts (Handbook: seed-002 L1149; MEASURE: seed-004 L1395). */
export function bandAdvice(
  t: TFunction,
  band: RssBand,
  scheme: ThresholdScheme,
  format: (n: number) => string,
) {
  const lower = format(scheme.lower);
  const upper = format(scheme.upper);
  if (band === 'intensified') return t('survey.bandHelp.intensified', { lower });
  if (band === 'standard') return t('survey.bandHelp.standard', { lower, upper });
  return scheme.upperInclusive
    ? t('survey.bandHelp.handsOffFrom', { upper })
    : t('survey.bandHelp.hands_off', { upper });
}

/** The interviewer's instruction for offering the options, in words (seed-002 L6595-L6601). */
export function promptingText(t: TFunction, question: RssQuestion): string {
  return t(`survey.prompting.${question.prompting}`);
}

/** A labelled line: "Label: value", the value kept together. */
export function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

const statusColours: Record<RssRoundStatus, string> = {
  in_progress: 'blue',
  completed: 'teal',
  // Not orange: its darkest shade stays below 4.5:1 on the pale background at badge size.
  interrupted: 'pink',
  no_consent: 'gray',
};

export function RoundStatusBadge({ status }: { status: RssRoundStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c={`${statusColours[status]}.9`} variant="light" tt="none">
      {t(`survey.statuses.${status}`)}
    </Badge>
  );
}

/** The seed recommends an interviewer other than the returnee's own caseworker (seed-002 L6580). */
export function InterviewerOnCaseWarning() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" c="orange.9" variant="light">
      {t('survey.interviewerOnCase')}
    </Alert>
  );
}
