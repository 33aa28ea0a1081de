// The Reintegration Sustainability Survey as data (seed-002 Annex 4.B,
// L6561-L6700). The survey runner, the scoring and the API read only these
// types, so a second version of the instrument is a second data file, not new code.

/** A text in several languages. English is always there; other languages fall back to it. */
export type Texts = { en: string } & Partial<Record<string, string>>;

export const rssDimensions = ['economic', 'social', 'psychosocial'] as const;
export type RssDimension = (typeof rssDimensions)[number];

/**
 * How the interviewer offers the options (L6595-L6601): read them out, do not
 * read them, read them only if the returnee needs it, or listen first and read
 * them after (Q32).
 */
export const promptings = ['prompt', 'do_not_prompt', 'prompt_if_needed', 'do_not_prompt_initially'] as const;
export type Prompting = (typeof promptings)[number];

/**
 * Answers that say nothing about the returnee's situation. They are recorded,
 * never scored (the remaining weights are renormalised); "don't know" and
 * "don't wish to answer" are counted for the reliability flag (seed-002 L1155).
 */
export const nonSubstantiveKinds = ['dont_know', 'declined', 'not_applicable'] as const;
export type NonSubstantiveKind = (typeof nonSubstantiveKinds)[number];

export interface RssOption {
  /** Stable code, used in the API and in imports; never changes across languages. */
  code: string;
  label: Texts;
  /** Score of this answer in [0, 1], best = 1. Absent on non-substantive options and unscored questions. */
  value?: number;
  kind?: NonSubstantiveKind;
  /** The printed "→ please explain": the interviewer writes down why. */
  explain?: boolean;
  /** In a select-all question, chosen alone ("No", "No one", "I don't wish to answer"). */
  exclusive?: boolean;
}

/** Asked only when another question got one of these answers (Q10 after Q9, Q31 after Q30). */
export interface AskedWhen {
  question: string;
  anyOf: readonly string[];
}

/** Unscored checklist shown when some answers are chosen (Q19's reasons, from the Notes column L6680). */
export interface FollowUp {
  when: readonly string[];
  prompt: Texts;
  options: readonly { code: string; label: Texts }[];
}

export interface RssQuestion {
  /** `q1` … `q32`. */
  id: string;
  /** The number printed on the form. */
  number: number;
  dimension: RssDimension;
  /** What the interviewer reads out. */
  text: Texts;
  /** Items read out as part of the question (Q28's feelings). */
  items?: readonly Texts[];
  /** The indicator's explanation for staff, not read out. */
  guidance?: Texts;
  definition?: Texts;
  /** The Notes column: case-management prompts that never count for the score (L6611). */
  note?: Texts;
  select: 'one' | 'all';
  prompting: Prompting;
  askedWhen?: AskedWhen;
  options: readonly RssOption[];
  followUp?: FollowUp;
  /** Not asked: its value is the mean of these questions' values (Q21, L6682). */
  meanOf?: readonly string[];
  /** Printed as "weighted more heavily in the scoring system" (Q2, Q25, Q30). */
  weighsMore?: boolean;
}

export interface ProfileField {
  id: string;
  label: Texts;
  type: 'text' | 'date' | 'number' | 'yes_no' | 'country' | 'sex' | 'location';
}

export interface RssInstrument {
  /** e.g. `RSS-2019`. */
  id: string;
  version: number;
  title: Texts;
  source: string;
  /** Read to the returnee before consent is sought (L6640-L6644). */
  consentPrompt: Texts;
  /** Filled by staff before the interview (L6633), most of it from the case. */
  profile: readonly ProfileField[];
  questions: readonly RssQuestion[];
  /** Where the instrument departs from the printed form, and why. */
  departures: readonly Texts[];
}

/** A question's answer: one code, or several for a select-all question. */
export type RssAnswer = string | readonly string[];
export type RssAnswers = Readonly<Record<string, RssAnswer>>;

export function codesOf(answer: RssAnswer | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

/** A text in the language asked for, else English. */
export function inLanguage(texts: Texts, language: string): string {
  return texts[language] ?? texts.en;
}
