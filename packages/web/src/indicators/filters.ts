// The dashboard's filters live in the address, so that a view can be
// bookmarked or sent to a colleague, and the cases behind a figure are read
// with exactly the filters the figure was.
import { ageBands, isoDay } from '@reintegra/domain';
import { type CmType, type Cohort, cmTypes, cohorts } from './types.ts';

export const sexes = ['female', 'male', 'unknown'] as const;
export const ageBandChoices = [...ageBands, 'unknown'] as const;

export interface DashboardFilters {
  from: string;
  to: string;
  missionId: string;
  officeId: string;
  caseworkerId: string;
  sex: '' | (typeof sexes)[number];
  ageBand: '' | (typeof ageBandChoices)[number];
  vulnerable: '' | 'true' | 'false';
}

const filterNames = [
  'from',
  'to',
  'missionId',
  'officeId',
  'caseworkerId',
  'sex',
  'ageBand',
  'vulnerable',
] as const satisfies readonly (keyof DashboardFilters)[];

const day = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/**
 * The last twelve months up to today (UTC, as the server counts days): the
 * same day a year before to today, as the server's own default.
 */
export function defaultPeriod(today = isoDay(new Date())): { from: string; to: string } {
  return { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };
}

/** The filters an address carries; a period left out or unreadable is the last twelve months. */
export function filtersFrom(params: URLSearchParams): DashboardFilters {
  const period = defaultPeriod();
  const dayOf = (name: 'from' | 'to') => {
    const value = params.get(name) ?? '';
    return day.test(value) ? value : period[name];
  };
  return {
    from: dayOf('from'),
    to: dayOf('to'),
    missionId: params.get('missionId') ?? '',
    officeId: params.get('officeId') ?? '',
    caseworkerId: params.get('caseworkerId') ?? '',
    sex: oneOf(sexes, params.get('sex')),
    ageBand: oneOf(ageBandChoices, params.get('ageBand')),
    vulnerable: oneOf(['true', 'false'], params.get('vulnerable')),
  };
}

/** The filters as an address's search: the period always, the rest only when set. */
export function searchOf(filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of filterNames) if (filters[name]) search.set(name, filters[name]);
  return search;
}

/** A period whose end comes before its start: no figure can be asked for. */
export const backwards = (filters: DashboardFilters) => filters.from > filters.to;

/** Which cases a drill-down lists: the figure's cohort and, for the caseload by type, the type. */
export interface FigureBehind {
  cohort: Cohort;
  cmType?: CmType;
}

/** The address of the cases behind a figure, with the dashboard's filters. */
export function casesBehindPath(filters: DashboardFilters, figure: FigureBehind): string {
  const search = searchOf(filters);
  search.set('cohort', figure.cohort);
  if (figure.cmType) search.set('cmType', figure.cmType);
  return `/dashboard/cases?${search}`;
}

/** The figure an address of the drill-down names; null when it names none. */
export function figureFrom(params: URLSearchParams): FigureBehind | null {
  const cohort = oneOf(cohorts, params.get('cohort'));
  if (!cohort) return null;
  const cmType = oneOf(cmTypes, params.get('cmType'));
  return cmType ? { cohort, cmType } : { cohort };
}
