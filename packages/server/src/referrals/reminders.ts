import { addDays, isoDay } from '@reintegra/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordCaseEvent } from '../cases/events.ts';
import { caseAssignments, caseTasks } from '../cases/tables.ts';
import { keepNextDue } from '../cases/tasks.ts';
import { notifyOfReferral } from '../notifications/service.ts';
import type { Db } from '../platform/db.ts';
import { referrals } from './tables.ts';

/** Days a referral may stay overdue before its case's supervisor is asked to step in. */
export const escalateAfterDays = 7;

const startedTask = (prefix: string) =>
  sql`exists (select 1 from ${caseTasks} where ${caseTasks.caseId} = ${referrals.caseId}
    and ${caseTasks.kind} = 'referral' and ${caseTasks.topic} = ${prefix} || ${referrals.id}::text)`;

/**
 * Turns overdue referrals into work: the caseworker gets a task to chase the
 * partner once a referral falls overdue (and the partner a reminder), and once it has been overdue a week
 * the case's supervisor gets one too (issue 6: "escalation to the supervisor
 * when overdue"). Each task is started once per referral. At most `batch`
 * referrals are handled per call, so a backlog goes in short transactions.
 */
export async function sweepOverdueReferrals(db: Db, now: Date, batch = 500) {
  const today = isoDay(now);
  const escalateBefore = addDays(today, -escalateAfterDays);
  const due = await db
    .select({
      id: referrals.id,
      caseId: referrals.caseId,
      providerId: referrals.providerId,
      chase: sql<boolean>`not ${startedTask('overdue:')}`,
      escalate: sql<boolean>`${referrals.dueOn} < ${escalateBefore} and not ${startedTask('escalated:')}`,
    })
    .from(referrals)
    .where(
      sql`${referrals.dueOn} < ${today} and (not ${startedTask('overdue:')}
        or (${referrals.dueOn} < ${escalateBefore} and not ${startedTask('escalated:')}))`,
    )
    .limit(batch);
  let chased = 0;
  let escalated = 0;
  for (const referral of due) {
    const tasks: { topic: string; assigneeId: string | null }[] = [];
    if (referral.chase) {
      tasks.push({ topic: `overdue:${referral.id}`, assigneeId: null });
      chased += 1;
    }
    if (referral.escalate) {
      const [supervisor] = await db
        .select({ userId: caseAssignments.userId })
        .from(caseAssignments)
        .where(
          and(
            eq(caseAssignments.caseId, referral.caseId),
            eq(caseAssignments.function, 'supervisor'),
            isNull(caseAssignments.endedAt),
          ),
        )
        .limit(1);
      tasks.push({ topic: `escalated:${referral.id}`, assigneeId: supervisor?.userId ?? null });
      escalated += 1;
    }
    await db.insert(caseTasks).values(
      tasks.map((t) => ({
        caseId: referral.caseId,
        kind: 'referral' as const,
        dueOn: today,
        createdAt: now,
        ...t,
      })),
    );
    await recordCaseEvent(
      db,
      referral.caseId,
      null,
      'referral_overdue',
      { referralId: referral.id, escalated: referral.escalate },
      now,
    );
    await keepNextDue(db, referral.caseId);
    // The partner is reminded once, when the caseworker is first asked to chase.
    if (referral.chase) await notifyOfReferral(db, referral, 'referral_overdue', null, now);
  }
  return { chased, escalated, more: due.length === batch };
}
