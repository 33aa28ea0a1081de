// The lines the planner edits, and the request they make. The arithmetic is
// the domain's (planning/workload.ts); this only holds what the form holds.
import {
  type BeneficiaryTask,
  beneficiaryTasks,
  exampleTaskEstimates,
  type PlanningCmType,
  rowFromEstimates,
  type WorkloadProblem,
  type WorkloadRow,
} from '@reintegra/domain';

/** Tasks the page names in the reader's language; other lines carry the planner's own words. */
export const namedTasks = [...beneficiaryTasks, 'actual_meetings'] as const;
export type NamedTask = (typeof namedTasks)[number];
const isNamed = (task: string): task is NamedTask => (namedTasks as readonly string[]).includes(task);

export interface PlannerRow {
  /** Keeps a line's inputs in place when one above it is removed. */
  key: number;
  cmType: PlanningCmType;
  named: NamedTask | null;
  text: string;
  /** As the number inputs give them: a number, or text while empty or half typed. */
  hours: number | string;
  cases: number | string;
}

let lastKey = 0;
const nextKey = () => {
  lastKey += 1;
  return lastKey;
};

function toPlannerRow(row: WorkloadRow): PlannerRow {
  return {
    key: nextKey(),
    cmType: row.cmType,
    named: isNamed(row.task) ? row.task : null,
    text: isNamed(row.task) ? '' : row.task,
    hours: row.hours,
    cases: row.cases,
  };
}

/** The lines of a plan the server gave (the real figures). */
export function plannerRows(rows: readonly WorkloadRow[]): PlannerRow[] {
  return rows.map(toPlannerRow);
}

// Step 4 of the study's example (seed-000 L1050–L1055): the tasks it counts, with its cases.
const step4: [PlanningCmType, BeneficiaryTask, number][] = [
  ['generalist', 'intake', 3],
  ['generalist', 'follow_up_phone', 18],
  ['generalist', 'closure', 3],
  ['intensive', 'follow_up_phone', 3],
];

/** The example's lines, their hours from the task estimates (L1024–L1035). */
export function exampleRows(): PlannerRow[] {
  return step4.flatMap(([cmType, task, cases]) => {
    const estimates = exampleTaskEstimates.filter((e) => e.cmType === cmType && e.task === task);
    const row = rowFromEstimates(task, estimates, cases);
    return row ? [toPlannerRow(row)] : [];
  });
}

export function blankRow(): PlannerRow {
  return { key: nextKey(), cmType: 'generalist', named: null, text: '', hours: 0, cases: 0 };
}

const numberOrNull = (value: number | string) => (typeof value === 'number' ? value : null);

/** The body of `POST /planning/workload`; what is not a number yet goes as null, for the domain to name. */
export function workloadRequest(available: number | string, rows: readonly PlannerRow[]) {
  return {
    availableHoursPerWeek: numberOrNull(available),
    rows: rows.map((r) => ({
      cmType: r.cmType,
      task: r.named ?? r.text,
      hours: numberOrNull(r.hours),
      cases: numberOrNull(r.cases),
    })),
  };
}

/** "1:N" back to N: the domain writes a plan's capacity as its ratio. */
export function casesOfRatio(ratio: string): number {
  return Number(ratio.slice('1:'.length));
}

export type ProblemKind = 'available' | 'noRows' | 'noHours' | 'cmType' | 'task' | 'hours' | 'cases';

/** The domain's problems by field (`rows[2].hours`), as the kind of sentence to show under it. */
export function problemKinds(
  problems: readonly WorkloadProblem[],
  rowCount: number,
): Record<string, ProblemKind> {
  const kinds: Record<string, ProblemKind> = {};
  for (const { field } of problems) {
    const last = field.split('.').at(-1) ?? '';
    if (field === 'availableHoursPerWeek') kinds[field] = 'available';
    else if (field === 'rows') kinds[field] = rowCount === 0 ? 'noRows' : 'noHours';
    else if (last === 'cmType' || last === 'task' || last === 'hours' || last === 'cases')
      kinds[field] = last;
  }
  return kinds;
}
