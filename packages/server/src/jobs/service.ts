import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../platform/actor.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db.ts';
import { notFound } from '../platform/errors.ts';
import { jobs } from './tables.ts';

type Job = typeof jobs.$inferSelect;

/** What a job's work is handed: the database, and a way to say how far it got. */
export interface JobContext {
  db: Db;
  now: () => Date;
  /** How many units there are in all, once known. */
  total(n: number): Promise<void>;
  /** Adds to the units done; the page that started the job polls them. */
  advance(n: number): Promise<void>;
}
export type JobWork = (ctx: JobContext) => Promise<Record<string, unknown>>;

/** Records a job in the request's transaction; it runs after the answer is sent (see `runJob`). */
export async function createJob(db: Db, actor: Actor, kind: string, now: Date): Promise<Job> {
  const [job] = await db.insert(jobs).values({ kind, startedBy: actor.userId, startedAt: now }).returning();
  return job as Job;
}

/**
 * Runs a job's work outside any request, on the root database, recording its
 * progress as it goes and its report (or failure) at the end. Work is written
 * to be safe to run again, so a failed job can simply be started anew.
 */
export async function runJob(db: Db, clock: Clock, log: FastifyBaseLogger, jobId: string, work: JobWork) {
  let done = 0;
  const ctx: JobContext = {
    db,
    now: () => clock.now(),
    total: async (n) => {
      await db.update(jobs).set({ total: n }).where(eq(jobs.id, jobId));
    },
    advance: async (n) => {
      done += n;
      await db.update(jobs).set({ done }).where(eq(jobs.id, jobId));
      // The embedded database answers without ever leaving the microtask queue, so a job
      // would hold the process until it ends: give waiting requests their turn between steps.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
  try {
    const report = await work(ctx);
    await db.update(jobs).set({ status: 'done', report, finishedAt: clock.now() }).where(eq(jobs.id, jobId));
  } catch (err) {
    log.error({ err, jobId }, 'job failed');
    const message = err instanceof Error ? err.message : String(err);
    await db
      .update(jobs)
      .set({ status: 'failed', report: { error: message }, finishedAt: clock.now() })
      .where(eq(jobs.id, jobId));
  }
}

/** Jobs still running when the process stopped did not finish: say so, rather than show them running forever. */
export async function failInterruptedJobs(db: Db, now: Date) {
  await db
    .update(jobs)
    .set({ status: 'failed', report: { error: 'Stopped by a restart; start it again' }, finishedAt: now })
    .where(eq(jobs.status, 'running'));
}

/** A job as its starter sees it; others get 404. */
export async function jobOf(db: Db, actor: Actor, id: string): Promise<Job> {
  const [job] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.startedBy, actor.userId)));
  if (!job) throw notFound('Job');
  return job;
}
