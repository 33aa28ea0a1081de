import type { Figure } from '@reintegra/domain';
import { dashboard } from '../indicators/dashboard.ts';
import type { DashboardQuery } from '../indicators/schemas.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import type { Cell, ExportColumn, ExportRow, ListExport } from './table.ts';

/**
 * The dashboard's figures as a table: a row per figure and group, with the
 * counts it rests on. They are already withheld below the minimum count, and
 * hold no one's data, so a de-identified export keeps every column.
 */
export const dashboardColumns: readonly ExportColumn[] = [
  { key: 'section', header: 'section', hxl: '#indicator+section', deidentify: 'keep' },
  { key: 'figure', header: 'figure', hxl: '#indicator+code', deidentify: 'keep' },
  { key: 'group', header: 'group', hxl: '#group', deidentify: 'keep' },
  { key: 'value', header: 'value', hxl: '#indicator+value', deidentify: 'keep' },
  { key: 'numerator', header: 'numerator', hxl: '#indicator+num', deidentify: 'keep' },
  { key: 'denominator', header: 'denominator', hxl: '#indicator+denom', deidentify: 'keep' },
  { key: 'withheld', header: 'withheld', hxl: '#meta+withheld', deidentify: 'keep' },
];

type Figures = Awaited<ReturnType<typeof dashboard>>;

const ofFigure = (section: string, figure: string, group: string, f: Figure): ExportRow => ({
  section,
  figure,
  group,
  value: f.value,
  numerator: f.numerator,
  denominator: f.denominator,
  withheld: f.withheld,
});
const ofCount = (section: string, figure: string, group: string, n: Cell): ExportRow => ({
  section,
  figure,
  group,
  value: n,
  numerator: null,
  denominator: null,
  withheld: n === null,
});

/** Every figure of the dashboard, in the order the page shows them. */
export function dashboardRows(d: Figures): ExportRow[] {
  const rows: ExportRow[] = [
    ...d.caseload.byType.map((t) => ofCount('caseload', 'open_at_end', t.type, t.count)),
    ofCount('caseload', 'open_at_end', 'all', d.caseload.openAtEnd),
    ofFigure('caseload', 'opened', 'all', d.caseload.opened),
    ofFigure('caseload', 'closed', 'all', d.caseload.closed),
    ofFigure('caseload', 'mean_days_to_close', 'all', d.caseload.meanDaysToClose),
    ofFigure('caseload', 'caseworkers', 'all', d.caseload.caseworkers),
    ofCount('caseload', 'cases_per_caseworker', 'all', d.caseload.ratio),
    ...d.meetings.byFormat.map((m) => ofFigure('meetings', 'per_case', m.format, m.perCase)),
    ofFigure('meetings', 'per_case', 'all', d.meetings.perCase),
    ...d.meetings.byCmType.flatMap((t) => [
      ...t.byFormat.map((m) => ofFigure('meetings', `per_case_${t.cmType}`, m.format, m.perCase)),
      ofFigure('meetings', `per_case_${t.cmType}`, 'all', t.perCase),
    ]),
    ...d.meetings.byMeetingType.map((m) =>
      ofFigure('meetings', 'per_case_by_meeting_type', m.meetingType, m.perCase),
    ),
    ...d.meetings.byReason.map((m) => ofFigure('meetings', 'per_case_by_reason', m.reason, m.perCase)),
    ofFigure('meetings', 'with_family_per_case', 'all', d.meetings.withFamilyPerCase),
    ofFigure('meetings', 'home_visits_per_caseworker', 'all', d.meetings.homeVisitsPerCaseworker),
    ofFigure('business', 'plans_with_microbusiness', 'all', d.business.plans),
    ofFigure('business', 'recommended_type', 'all', d.business.recommended),
    ofFigure('business', 'recommended_type_chosen', 'all', d.business.followed),
    ...d.scores.byTenth.map((n, tenth) =>
      ofCount('scores', 'rounds_by_tenth', `${(tenth / 10).toFixed(1)}-${((tenth + 1) / 10).toFixed(1)}`, n),
    ),
    ...d.scores.trend.map((m) => ofFigure('scores', 'share_rounds_at_0.5', m.month, m.share)),
  ];
  for (const [split, b] of Object.entries(d.scores.reaching)) {
    rows.push(ofFigure('scores', `reaching_0.5_${split}`, 'all', b.overall));
    for (const g of b.groups) rows.push(ofFigure('scores', `reaching_0.5_${split}`, g.key, g.figure));
  }
  for (const r of d.referrals) {
    rows.push(ofFigure('referrals', 'sent', r.partner, r.sent));
    rows.push(ofFigure('referrals', 'completed', r.partner, r.completed));
    rows.push(ofFigure('referrals', 'received', r.partner, r.received));
  }
  // A figure not split as the filters ask is left out, as the page leaves it out and says why.
  const { satisfaction, complaints, wellbeing } = d.accountability;
  if (satisfaction.figures) {
    rows.push(ofFigure('accountability', 'satisfied_with_caseworker', 'all', satisfaction.figures.satisfied));
  }
  if (complaints.figures) {
    const c = complaints.figures;
    rows.push(
      ofFigure('accountability', 'complaints_about_caseworkers', 'all', c.aboutCaseworkers),
      ...c.byChannel.map((g) =>
        ofCount('accountability', 'complaints_about_caseworkers_by_channel', g.channel, g.count),
      ),
      ...c.byStatus.map((g) =>
        ofCount('accountability', 'complaints_about_caseworkers_by_status', g.status, g.count),
      ),
      ofFigure('accountability', 'complaints_per_caseworker', 'all', c.perCaseworker),
      ofFigure('accountability', 'complaints_about_assistance', 'all', c.aboutAssistance),
    );
  }
  if (wellbeing.figures) {
    const years = `${wellbeing.surveyYears.from}-${wellbeing.surveyYears.to}`;
    rows.push(
      ofFigure('accountability', 'wellbeing_respondents', years, wellbeing.figures.respondents),
      ofFigure('accountability', 'able_to_manage_stress', years, wellbeing.figures.ableToManageStress),
    );
  }
  return rows;
}

/** The dashboard as an export: its figures are worked out once, for the count and for the file. */
export function dashboardExport(db: Db, actor: Actor, query: DashboardQuery, minCount: number): ListExport {
  let rows: Promise<ExportRow[]> | null = null;
  const figures = () => {
    rows ??= dashboard(db, actor, query, minCount).then(dashboardRows);
    return rows;
  };
  async function* pages() {
    yield await figures();
  }
  return {
    table: { name: 'dashboard', columns: dashboardColumns, rows: pages() },
    count: async () => (await figures()).length,
  };
}
