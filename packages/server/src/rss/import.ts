import { consentModeFor, type RssRoundKind, rss2019 } from '@reintegra/domain';
import { and, inArray } from 'drizzle-orm';
import { cases } from '../cases/tables.ts';
import { caseReach } from '../cases/visibility.ts';
import type { JobContext } from '../jobs/service.ts';
import type { Actor } from '../platform/actor.ts';
import { afterCompletion, casesWorkedOnBy } from './rounds.ts';
import { type RowProblem, readSubmission, type SubmissionTable } from './submissions.ts';
import { rssRounds } from './tables.ts';

/** Rows read, looked up and stored together. */
const chunk = 200;
/** Enough of the rejected rows to act on; the count says how many there were. */
const reportedRejections = 1000;

/**
 * Imports completed surveys into the cases the importer may work on. A row is
 * stored whole (round, scores, tasks) or not at all, and a row already
 * imported is skipped, so a failed import can be run again.
 */
export async function importSubmissions(
  ctx: JobContext,
  actor: Actor,
  table: SubmissionTable,
  options: { importId: string; kind?: RssRoundKind | undefined },
) {
  const { db } = ctx;
  await ctx.total(table.rows.length);
  const reach = await caseReach(db, actor);
  const rejected: { row: number; caseNumber: string; problems: RowProblem[] }[] = [];
  let rejectedCount = 0;
  let imported = 0;
  let alreadyThere = 0;
  const reject = (row: number, caseNumber: string, problems: RowProblem[]) => {
    rejectedCount += 1;
    if (rejected.length < reportedRejections) rejected.push({ row, caseNumber, problems });
  };

  for (let start = 0; start < table.rows.length; start += chunk) {
    const rows = table.rows.slice(start, start + chunk).map((row, i) => ({
      // Spreadsheet row numbers: the header is row 1.
      number: start + i + 2,
      read: readSubmission(table.header, row, { kind: options.kind }),
    }));
    const numbers = [
      ...new Set(rows.flatMap((r) => ('submission' in r.read ? [r.read.submission.caseNumber] : []))),
    ];
    const found = numbers.length
      ? await db
          .select({ id: cases.id, reference: cases.reference })
          .from(cases)
          .where(and(inArray(cases.reference, numbers), reach.workable))
      : [];
    const caseIds = new Map(found.map((c) => [c.reference, c.id]));
    const onCase = await casesWorkedOnBy(
      db,
      actor.userId,
      found.map((c) => c.id),
    );
    const now = ctx.now();
    const ready: (typeof rssRounds.$inferInsert)[] = [];
    for (const { number, read } of rows) {
      if ('problems' in read) {
        reject(number, read.caseNumber, read.problems);
        continue;
      }
      const s = read.submission;
      const caseId = caseIds.get(s.caseNumber);
      if (!caseId) {
        // Out of reach reads as unknown, so that an import cannot probe for cases.
        reject(number, s.caseNumber, [
          { column: 'case_number', message: 'No case with this number that you work on' },
        ]);
        continue;
      }
      ready.push({
        caseId,
        kind: s.kind,
        status: 'completed' as const,
        instrument: rss2019.id,
        instrumentVersion: rss2019.version,
        interviewerId: actor.userId,
        interviewerOnCase: onCase.has(caseId),
        location: s.location,
        interviewedOn: s.interviewedOn,
        consentGiven: true,
        consentMethod: consentModeFor(s.location),
        answers: s.answers,
        explanations: s.explanations,
        notes: s.notes,
        startedAt: now,
        finishedAt: now,
        importId: options.importId,
        externalId: s.externalId,
      });
    }
    // The chunk's rows go in together: each row whole with its scores and tasks, or, on a failure, none of them.
    const stored = ready.length
      ? await db.transaction(async (tx) => {
          const rounds = await tx.insert(rssRounds).values(ready).onConflictDoNothing().returning();
          await afterCompletion(tx, actor.userId, rounds, now);
          return rounds.length;
        })
      : 0;
    imported += stored;
    alreadyThere += ready.length - stored;
    await ctx.advance(rows.length);
  }
  return {
    rows: table.rows.length,
    imported,
    alreadyImported: alreadyThere,
    rejected: rejectedCount,
    rejections: rejected,
  };
}
