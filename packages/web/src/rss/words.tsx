// Words shared by the survey's administration pages: refusals, field names
// and problems as the server reports them, schemes and numbers.
import { currentInstrument, thresholdScheme } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../api/client.ts';
import type { RssThresholdSchemeView } from '../api/types.ts';
import { useDescribeError } from '../ui/errors.tsx';

export const parts = ['economic', 'social', 'psychosocial', 'composite'] as const;
export type Part = (typeof parts)[number];

export const roundKinds = ['baseline', 'interim', 'endline', 'ad_hoc'] as const;

// Refusals of the survey's routes that have their own sentence.
const rssCodes = ['version_exists', 'reserved_id', 'unreadable_file', 'unsupported_media_type'] as const;
type RssCode = (typeof rssCodes)[number];
const isRssCode = (code: string): code is RssCode => (rssCodes as readonly string[]).includes(code);

/** A sentence for a failed action, with the survey's own refusals worded. */
export function useRssDescribeError() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (error: unknown): string =>
    error instanceof ApiError && isRssCode(error.code) ? t(`rssAdmin.errors.${error.code}`) : describe(error);
}

// Problem codes of single fields the survey's routes send.
const problemCodes = [
  'invalid_weight',
  'invalid_line',
  'missing_columns',
  'unknown_instrument',
  'no_case_number',
];

/**
 * A problem with one field in the reader's language. The server words its
 * problems in English only: English readers get them as sent (they name the
 * question and the part), others a sentence by code.
 */
export function useProblemWording() {
  const { t, i18n } = useTranslation();
  return (problem: FieldProblem): string => {
    if (i18n.language === 'en') return problem.message;
    if (problemCodes.includes(problem.code))
      return t(`rssAdmin.problems.${problem.code as 'invalid_weight'}`);
    return t('validation.rejected');
  };
}

/** Where a problem is, as the reader knows it: "Social, Q1", "Line 3", "Version". */
export function fieldLabel(t: TFunction, field: string): string {
  const path = field.replace(/^(body|querystring|query)\.?/, '');
  if (path === '') return t('rssAdmin.fields.file');
  const line = path.match(/^line(\d+)$/);
  if (line) return t('rssAdmin.fields.line', { line: line[1] });
  const [head, part, question] = path.split('.');
  if (head === 'dimensions' && part && (parts as readonly string[]).includes(part)) {
    const name = t(`rssAdmin.parts.${part as Part}`);
    return question ? `${name}, ${questionName(question)}` : name;
  }
  if (head === 'composite') {
    const name = t('rssAdmin.parts.composite');
    return part ? `${name}, ${questionName(part)}` : name;
  }
  const known = ['id', 'version', 'label', 'source', 'provisional', 'country', 'instrument'] as const;
  const own = known.find((k) => k === head);
  return own ? t(`rssAdmin.fields.${own}`) : path;
}

/** "Q12" for q12: the number printed on the form. */
export function questionName(id: string): string {
  const question = currentInstrument.questions.find((q) => q.id === id);
  return question ? `Q${question.number}` : id.toUpperCase();
}

/** The scheme in words, with its cuts; one the app does not know by its server label. */
export function schemeName(t: TFunction, scheme: Pick<RssThresholdSchemeView, 'id' | 'label'>): string {
  return thresholdScheme(scheme.id) && (scheme.id === 'handbook' || scheme.id === 'measure')
    ? t(`rssAdmin.schemes.${scheme.id}`)
    : scheme.label;
}

/** Scores with two decimals, shares as a percentage, counts: all in the reader's digits. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const score = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = new Intl.NumberFormat(i18n.language);
  const share = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return {
    score: (n: number) => score.format(n),
    count: (n: number) => count.format(n),
    share: (n: number) => share.format(n),
  };
}
