import { ageBands, caseManagementTypes } from '@reintegra/domain';
import { z } from 'zod';
import { booleanQuery } from '../platform/http.ts';

const day = z.iso.date();

/** The case-management types the figures group cases by, with the cases that have none yet. */
export const cmTypeGroups = [...caseManagementTypes, 'unset'] as const;
export type CmTypeGroup = (typeof cmTypeGroups)[number];

/** The period and the groups looked at, inside the reader's scope: a filter narrows it, never widens it. */
const filters = {
  from: day.optional().describe('First day of the period; a year before `to` when left out'),
  to: day.optional().describe('Last day of the period; today when left out'),
  missionId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  caseworkerId: z.uuid().optional(),
  sex: z.enum(['female', 'male', 'unknown']).optional(),
  ageBand: z.enum([...ageBands, 'unknown']).optional(),
  vulnerable: booleanQuery.optional(),
};

/** Fills in the period: the year up to today unless said otherwise. */
export function withPeriod<T extends { from?: string | undefined; to?: string | undefined }>(
  q: T,
  today: string,
) {
  const to = q.to ?? today;
  const from = q.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  return { ...q, from, to };
}
const inOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to;
const endsAfterStart = { path: ['to'], message: 'The period ends before it starts' };

export const dashboardQuery = z.strictObject(filters).refine(inOrder, endsAfterStart);
/** A dashboard query with its period filled in. */
export type DashboardQuery = ReturnType<typeof withPeriod<z.infer<typeof dashboardQuery>>>;

/** Which cases stand behind a figure. */
export const cohorts = ['open_at_end', 'opened', 'closed', 'scored', 'reaching', 'business_plans'] as const;
export type Cohort = (typeof cohorts)[number];

const drillDownFields = {
  ...filters,
  cohort: z.enum(cohorts),
  cmType: z.enum(cmTypeGroups).optional(),
};
/** The figure whose cases are listed, with the dashboard's filters: what an export of them takes. */
export const drillDownFilters = z.strictObject(drillDownFields).refine(inOrder, endsAfterStart);
export type DrillDownFilters = ReturnType<typeof withPeriod<z.infer<typeof drillDownFilters>>>;

export const drillDownQuery = z
  .strictObject({ ...drillDownFields, offset: z.coerce.number().int().min(0).default(0) })
  .refine(inOrder, endsAfterStart);
export type DrillDownQuery = ReturnType<typeof withPeriod<z.infer<typeof drillDownQuery>>>;
