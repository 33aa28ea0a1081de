import { roundsDue } from '@reintegra/domain';
import { and, eq, sql } from 'drizzle-orm';
import { caseTasks } from '../cases/tables.ts';
import { keepNextDue, startTask } from '../cases/tasks.ts';
import type { Db } from '../platform/db.ts';
import { settingsOfCase } from './settings.ts';
import { rssRounds } from './tables.ts';

/**
 * Puts the survey rounds of the programme's schedule on the case as tasks,
 * counted from the return day. A new return day replaces the open ones; rounds
 * already completed are not asked for again.
 */
export async function scheduleSurveyRounds(db: Db, caseId: string, returnedOn: string | null, now: Date) {
  await db
    .update(caseTasks)
    .set({ status: 'cancelled', closedAt: now, version: sql`${caseTasks.version} + 1` })
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.kind, 'survey'), eq(caseTasks.status, 'open')));
  if (returnedOn) {
    const { schedule } = await settingsOfCase(db, caseId);
    const completed = await db
      .select({ kind: rssRounds.kind })
      .from(rssRounds)
      .where(and(eq(rssRounds.caseId, caseId), eq(rssRounds.status, 'completed')));
    const done = new Map<string, number>();
    for (const r of completed) done.set(r.kind, (done.get(r.kind) ?? 0) + 1);
    for (const round of roundsDue(returnedOn, schedule)) {
      const left = done.get(round.kind) ?? 0;
      if (left > 0) {
        done.set(round.kind, left - 1);
        continue;
      }
      await startTask(db, caseId, { kind: 'survey', topic: round.kind, dueOn: round.dueOn }, now);
    }
  }
  await keepNextDue(db, caseId);
}
