// The case management indicators of the study's Annex 2 (seed-000 L867–L933)
// computed from plain records. These are the reference definitions: the
// server's SQL is tested against them, so each says exactly what it counts and
// returns the raw counts; values.ts decides what may be shown. The catalogue
// (catalogue.ts) gives each one's reasons in words.
import { type CaseManagementType, caseManagementTypes } from '../cases/case-management.ts';
import { addMonths } from '../rss/rounds.ts';
import {
  type BusinessRecommendation,
  type CaseSpell,
  type CaseworkerFeedback,
  type Complaint,
  cmTypeOn,
  cmTypesDuring,
  daysBetween,
  inPeriod,
  type Meeting,
  type MeetingFormat,
  openAtEndOf,
  openDuring,
  type ReportPeriod,
  type SatisfactionAnswer,
  type WellbeingResponse,
} from './records.ts';
import { formatRatio, mean, median } from './values.ts';

/** Counts behind a share or a rate, with the value when there is something to divide by. */
export interface Quotient {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function quotient(numerator: number, denominator: number): Quotient {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

function byCmType(): Record<CaseManagementType, number> {
  return Object.fromEntries(caseManagementTypes.map((t) => [t, 0])) as Record<CaseManagementType, number>;
}

/**
 * A1, returnees given case management support within a time after arrival
 * (L905, "for example 'within the first 3 months after arrival'"): first
 * spells needing case management, opened in the period, on or after the
 * arrival and no later than `withinMonths` calendar months after it. Spells
 * opened before arrival are pre-return work and not A1's "reintegration
 * process"; re-openings are not new returnees.
 */
export function indicatorA1(
  spells: readonly CaseSpell[],
  period: ReportPeriod,
  withinMonths = 3,
): { count: number; byCmType: Record<CaseManagementType, number> } {
  const counted = new Map<string, CaseSpell>();
  for (const s of spells) {
    if (s.spell !== 1 || !s.cmRequired || s.arrivedOn === null || !inPeriod(s.openedOn, period)) continue;
    if (s.openedOn < s.arrivedOn || s.openedOn > addMonths(s.arrivedOn, withinMonths)) continue;
    counted.set(s.caseId, s);
  }
  const types = byCmType();
  for (const s of counted.values()) {
    const type = s.cmTypes[0]?.cmType;
    if (type) types[type]++;
  }
  return { count: counted.size, byCmType: types };
}

const satisfied: readonly SatisfactionAnswer[] = ['very_satisfied', 'satisfied'];
const saysNothing: readonly SatisfactionAnswer[] = ['dont_know', 'declined'];

/** The latest answer per case among those given: one returnee is one voice however often asked. */
function latestPerCase<T extends { caseId: string }>(items: readonly T[], dayOf: (t: T) => string): T[] {
  const latest = new Map<string, T>();
  for (const item of items) {
    const seen = latest.get(item.caseId);
    if (!seen || dayOf(item) > dayOf(seen)) latest.set(item.caseId, item);
  }
  return [...latest.values()];
}

/**
 * A2, share of returnees satisfied with their caseworker (L906): each
 * returnee's latest answer in the period that says something; satisfied or
 * very satisfied over all such answers. "Don't know" and declined answers say
 * nothing and are left out; neutral ones count as not satisfied.
 */
export function indicatorA2(feedback: readonly CaseworkerFeedback[], period: ReportPeriod): Quotient {
  const answers = latestPerCase(
    feedback.filter((f) => inPeriod(f.answeredOn, period) && !saysNothing.includes(f.answer)),
    (f) => f.answeredOn,
  );
  return quotient(answers.filter((f) => satisfied.includes(f.answer)).length, answers.length);
}

/**
 * B1, beneficiaries identified as needing case management (L913), by the type
 * identified then: first spells opened in the period with the gate passed,
 * by the first type in their history.
 */
export function indicatorB1(
  spells: readonly CaseSpell[],
  period: ReportPeriod,
): { count: number; byCmType: Record<CaseManagementType, number> } {
  const types = byCmType();
  const cases = new Set<string>();
  for (const s of spells) {
    if (s.spell !== 1 || !s.cmRequired || !inPeriod(s.openedOn, period) || cases.has(s.caseId)) continue;
    cases.add(s.caseId);
    const type = s.cmTypes[0]?.cmType;
    if (type) types[type]++;
  }
  return { count: cases.size, byCmType: types };
}

/**
 * B2, returnees receiving each type of case management "at that moment"
 * (L914–L916): spells needing case management open at the end of the
 * period's last day, by their type that day; and the changes of type made
 * during the period, which explain a month's movement between the two.
 */
export function indicatorB2(
  spells: readonly CaseSpell[],
  period: ReportPeriod,
): {
  day: string;
  total: number;
  byCmType: Record<CaseManagementType, number>;
  changes: { from: CaseManagementType; to: CaseManagementType; count: number }[];
} {
  const day = period.to;
  const types = byCmType();
  let total = 0;
  const changes = new Map<string, { from: CaseManagementType; to: CaseManagementType; count: number }>();
  for (const s of spells) {
    if (!s.cmRequired) continue;
    if (openAtEndOf(s, day)) {
      const type = cmTypeOn(s, day);
      if (type) {
        types[type]++;
        total++;
      }
    }
    s.cmTypes.forEach((change, i) => {
      const before = s.cmTypes[i - 1];
      if (!before || before.cmType === change.cmType || !inPeriod(change.from, period)) return;
      const key = `${before.cmType}>${change.cmType}`;
      const seen = changes.get(key) ?? { from: before.cmType, to: change.cmType, count: 0 };
      seen.count++;
      changes.set(key, seen);
    });
  }
  return { day, total, byCmType: types, changes: [...changes.values()] };
}

export interface B3Group {
  cmType: CaseManagementType;
  format: MeetingFormat;
  meetings: number;
  /** Distinct cases that had this CM type on some day of the month. */
  cases: number;
  perCase: number | null;
}

/**
 * B3, meetings per case by CM type and format in a month (L917), as the
 * digest suggests: meetings in the month grouped by the CM type at the time
 * of the meeting and format, over the distinct cases needing case management
 * that had that type on some day of the month. The denominator is the same
 * for every format of a type, so a type's formats add up to its meetings per
 * case; a case that changed type counts under both.
 */
export function indicatorB3(
  meetings: readonly Meeting[],
  spells: readonly CaseSpell[],
  period: ReportPeriod,
): B3Group[] {
  const casesOf = new Map<CaseManagementType, Set<string>>();
  for (const s of spells) {
    if (!s.cmRequired) continue;
    for (const type of cmTypesDuring(s, period)) {
      const set = casesOf.get(type) ?? new Set<string>();
      set.add(s.caseId);
      casesOf.set(type, set);
    }
  }
  const groups = new Map<string, B3Group>();
  for (const m of meetings) {
    if (!inPeriod(m.on, period)) continue;
    const key = `${m.cmTypeAtTime}|${m.format}`;
    const group = groups.get(key) ?? {
      cmType: m.cmTypeAtTime,
      format: m.format,
      meetings: 0,
      cases: casesOf.get(m.cmTypeAtTime)?.size ?? 0,
      perCase: null,
    };
    group.meetings++;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, perCase: g.cases === 0 ? null : g.meetings / g.cases }))
    .sort((a, b) => a.cmType.localeCompare(b.cmType) || a.format.localeCompare(b.format));
}

export interface DurationSummary {
  cases: number;
  days: number[];
  meanDays: number | null;
  medianDays: number | null;
}

function summarise(days: number[]): DurationSummary {
  return { cases: days.length, days, meanDays: mean(days), medianDays: median(days) };
}

/**
 * B4, how long case management lasts (L919, "from the initial assessment
 * after arrival to case closure"): spells needing case management closed in
 * the period, days from opening to closure, overall and by the type at
 * closure. A re-opened spell is a duration of its own: the study counts
 * re-openings apart (L910), and adding them to the first spell would move a
 * closed month's figure after the fact.
 */
export function indicatorB4(
  spells: readonly CaseSpell[],
  period: ReportPeriod,
): DurationSummary & { byCmType: Record<CaseManagementType, DurationSummary> } {
  const all: number[] = [];
  const typed = Object.fromEntries(caseManagementTypes.map((t) => [t, [] as number[]])) as Record<
    CaseManagementType,
    number[]
  >;
  for (const s of spells) {
    if (!s.cmRequired || !inPeriod(s.closedOn, period)) continue;
    const days = daysBetween(s.openedOn, s.closedOn);
    all.push(days);
    const type = cmTypeOn(s, s.closedOn);
    if (type) typed[type].push(days);
  }
  const byType = Object.fromEntries(caseManagementTypes.map((t) => [t, summarise(typed[t])])) as Record<
    CaseManagementType,
    DurationSummary
  >;
  return { ...summarise(all), byCmType: byType };
}

export interface PerCaseworker extends Quotient {
  byCaseworker: Record<string, number>;
}

/**
 * Things counted per caseworker over the caseworkers in post in the period:
 * the staff list, not those who happen to have a record, so a caseworker
 * with none counts as a zero. Headcount, not FTE: the seeds give no FTE.
 */
function perCaseworker(ids: readonly (string | null)[], caseworkers: readonly string[]): PerCaseworker {
  const byCaseworker: Record<string, number> = Object.fromEntries(caseworkers.map((c) => [c, 0]));
  for (const id of ids) if (id !== null) byCaseworker[id] = (byCaseworker[id] ?? 0) + 1;
  return { ...quotient(ids.length, new Set(caseworkers).size), byCaseworker };
}

/**
 * B5, interactions with returnees' families or family mediation per
 * caseworker in the month (L920). The seed says "Average" with no
 * denominator; it is the caseworkers', as in B6, since the indicator watches
 * "how often case workers contact beneficiaries' families".
 */
export function indicatorB5(
  meetings: readonly Meeting[],
  caseworkers: readonly string[],
  period: ReportPeriod,
): PerCaseworker {
  const family = meetings.filter(
    (m) => inPeriod(m.on, period) && (m.withFamily || m.meetingType === 'family_mediation'),
  );
  return perCaseworker(
    family.map((m) => m.caseworkerId),
    caseworkers,
  );
}

/** B6, home visits "conducted by case workers per month" (L921), per caseworker in post. */
export function indicatorB6(
  meetings: readonly Meeting[],
  caseworkers: readonly string[],
  period: ReportPeriod,
): PerCaseworker {
  const visits = meetings.filter((m) => inPeriod(m.on, period) && m.homeVisit);
  return perCaseworker(
    visits.map((m) => m.caseworkerId),
    caseworkers,
  );
}

export interface C1Result {
  day: string;
  openCases: number;
  /** Open cases with no caseworker in post: still work for the team, so in openCases. */
  unassigned: number;
  caseworkers: number;
  casesPerCaseworker: number | null;
  ratio: string | null;
  byCaseworker: { caseworkerId: string; openCases: number; byCmType: Record<CaseManagementType, number> }[];
  /** Per type: assigned open cases of the type over the caseworkers carrying at least one. */
  byCmType: Record<
    CaseManagementType,
    { openCases: number; caseworkers: number; casesPerCaseworker: number | null }
  >;
}

/**
 * C1, caseworker to beneficiary ratio at the end of a day (L928), by CM type
 * as the seed asks: spells needing case management open at the end of the
 * day over the caseworkers in post. The ratio is rounded to the nearest case.
 */
export function indicatorC1(
  spells: readonly CaseSpell[],
  caseworkers: readonly string[],
  day: string,
): C1Result {
  const roster = [...new Set(caseworkers)];
  const rows = new Map(roster.map((id) => [id, { caseworkerId: id, openCases: 0, byCmType: byCmType() }]));
  let openCases = 0;
  let unassigned = 0;
  for (const s of spells) {
    if (!s.cmRequired || !openAtEndOf(s, day)) continue;
    openCases++;
    const row = s.caseworkerId === null ? undefined : rows.get(s.caseworkerId);
    if (!row) {
      unassigned++;
      continue;
    }
    row.openCases++;
    const type = cmTypeOn(s, day);
    if (type) row.byCmType[type]++;
  }
  const byCaseworker = [...rows.values()];
  const types = Object.fromEntries(
    caseManagementTypes.map((t) => {
      const carrying = byCaseworker.filter((r) => r.byCmType[t] > 0);
      const open = carrying.reduce((sum, r) => sum + r.byCmType[t], 0);
      return [
        t,
        {
          openCases: open,
          caseworkers: carrying.length,
          casesPerCaseworker: carrying.length === 0 ? null : open / carrying.length,
        },
      ];
    }),
  ) as C1Result['byCmType'];
  const casesPerCaseworker = roster.length === 0 ? null : openCases / roster.length;
  return {
    day,
    openCases,
    unassigned,
    caseworkers: roster.length,
    casesPerCaseworker,
    ratio: casesPerCaseworker === null ? null : formatRatio(casesPerCaseworker),
    byCaseworker,
    byCmType: types,
  };
}

/**
 * C2, complaints per caseworker in the month (L929): complaints about a
 * caseworker received in the period, over the caseworkers in post, and each
 * caseworker's count. Complaints about the assistance are counted apart
 * (Recommendation 4, L597): they say nothing of the caseworker's work.
 */
export function indicatorC2(
  complaints: readonly Complaint[],
  caseworkers: readonly string[],
  period: ReportPeriod,
): PerCaseworker & { aboutAssistance: number } {
  const received = complaints.filter((c) => inPeriod(c.receivedOn, period));
  const aboutCaseworker = received.filter((c) => c.about === 'caseworker');
  return {
    ...perCaseworker(
      aboutCaseworker.map((c) => c.caseworkerId),
      caseworkers,
    ),
    aboutAssistance: received.length - aboutCaseworker.length,
  };
}

/**
 * C3, share of micro-business plans where the caseworker recommended a type
 * of business (L930): of the plans with a micro-business approved in the
 * period, those with the caseworker's recommendation recorded. Alongside, the share of
 * recommendations the returnee followed, the first step to the business
 * outcomes the seed wants them set against.
 */
export function indicatorC3(
  plans: readonly BusinessRecommendation[],
  period: ReportPeriod,
): Quotient & { followed: Quotient } {
  const inScope = plans.filter((p) => inPeriod(p.planApprovedOn, period));
  const recommended = inScope.filter((p) => p.recommendedType !== null);
  const followed = recommended.filter((p) => p.recommendedType === p.chosenType);
  return {
    ...quotient(recommended.length, inScope.length),
    followed: quotient(followed.length, recommended.length),
  };
}

/**
 * C4, share of caseworkers able to manage work-related stress (L933):
 * answers in the period that agree or strongly agree, over all answers but
 * the declined. Anonymous answers cannot be deduplicated; the survey takes
 * one answer per person.
 */
export function indicatorC4(responses: readonly WellbeingResponse[], period: ReportPeriod): Quotient {
  const answered = responses.filter((r) => inPeriod(r.respondedOn, period) && r.answer !== 'declined');
  return quotient(
    answered.filter((r) => r.answer === 'agree' || r.answer === 'strongly_agree').length,
    answered.length,
  );
}

/** Whether a case counted for the month at all: open on some day of it with case management. */
export function cmOpenDuring(spell: CaseSpell, period: ReportPeriod): boolean {
  return spell.cmRequired && openDuring(spell, period);
}
