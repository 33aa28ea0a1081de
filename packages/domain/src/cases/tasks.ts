// What is due on a case and when. The seeds set no time limits ("There is no
// specified duration within which each step should be completed", seed-002
// L4109), so the due dates below are defaults a caseworker can move, not rules.
import type { CaseManagementType } from './case-management.ts';
import type { CasePhase, CaseStatus } from './lifecycle.ts';

/**
 * `survey`: a Reintegration Sustainability Survey round falls due; `support`: a
 * score calls for intensified support in a dimension. Both are started by the
 * system and say what they are about in the task's topic. `referral`: an
 * assessment or session found a need for one (the topic names the Annex 1
 * trigger); `tranche`: a grant tranche waits for a second person's release.
 */
export const taskKinds = [
  'assessment',
  'plan',
  'follow_up',
  'survey',
  'support',
  'referral',
  'tranche',
  'other',
] as const;
export type TaskKind = (typeof taskKinds)[number];

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export interface TaskState {
  status: TaskStatus;
  /** ISO date (YYYY-MM-DD): a task is due on a day, not at an hour. */
  dueOn: string;
}

/** Open and its day has passed: due today is not yet overdue. */
export function isOverdue(task: TaskState, today: string): boolean {
  return task.status === 'open' && task.dueOn < today;
}

/** The open task due first: what the case header shows as "next due". */
export function nextDueTask<T extends TaskState>(tasks: readonly T[]): T | null {
  let next: T | null = null;
  for (const t of tasks) if (t.status === 'open' && (!next || t.dueOn < next.dueOn)) next = t;
  return next;
}

/**
 * Days until a follow-up is due. Intensive cases are followed weekly, as the
 * Guinea mentorship does ("at least once per week by phone", seed-000 L421);
 * generalist ones monthly, matching the monthly in-person monitoring of seed-000
 * Annex 3 (L970).
 */
export function followUpDays(type: CaseManagementType | null): number {
  return type === 'intensive' ? 7 : 30;
}

/** Default days from entering a status to the task it starts. */
const startedBy: Partial<Record<CaseStatus, { kind: TaskKind; days: number }>> = {
  // Needs are assessed in the first weeks after registration or arrival (seed-000 L409, L431).
  registered: { kind: 'assessment', days: 14 },
  // The plan is agreed with the returnee after the assessment (seed-002 §2.1-2.3).
  planning: { kind: 'plan', days: 30 },
};

/** What entering a status makes due: the task kind and its default due date. */
export function taskStartedBy(
  state: { phase: CasePhase; status: CaseStatus; caseManagementType: CaseManagementType | null },
  today: string,
): { kind: TaskKind; dueOn: string } | null {
  if (state.status === 'follow_up') {
    return { kind: 'follow_up', dueOn: addDays(today, followUpDays(state.caseManagementType)) };
  }
  // Pre-return work plans nothing (seed-000 L348): no plan task before departure.
  if (state.status === 'planning' && state.phase === 'pre_return') return null;
  const rule = startedBy[state.status];
  return rule ? { kind: rule.kind, dueOn: addDays(today, rule.days) } : null;
}

/**
 * The open tasks of these kinds are done once a case reaches the status: the
 * assessment is done when planning starts, the plan when it is delivered. A
 * closed case has nothing left due.
 */
export function tasksFulfilledBy(status: CaseStatus): readonly TaskKind[] | 'all' {
  if (status === 'closed') return 'all';
  if (status === 'planning' || status === 'implementation' || status === 'awaiting_departure') {
    return status === 'planning' ? ['assessment'] : ['assessment', 'plan'];
  }
  return [];
}

/** An ISO date plus whole days, in UTC so that no time zone moves the day. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/**
 * The day of an instant, in UTC. Offices span time zones; a task due "today"
 * turns overdue at midnight UTC wherever the office is, which is at most a few
 * hours off and the same for everyone reading the list.
 */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
