// The complaint records as the Annex 2 indicators read them (domain
// indicators/records.ts): C2 from complaints (seed-000 L929), A2 from
// satisfaction with the caseworker (L906). They follow the rule of the
// complaint list, so a manager named in complaints does not see them counted
// either; their office's C2 reads lower for them than for their colleagues.
import {
  type CaseworkerFeedback,
  type Complaint,
  indicatorComplaintStatus,
  type ReportPeriod,
} from '@reintegra/domain';
import { and, between, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { readableComplaints } from './service.ts';
import { complaints } from './tables.ts';

/**
 * Complaints received in the period. "Other" ones are left out: C2 counts
 * those about the caseworker and gives those about the assistance beside them,
 * and a complaint about neither belongs to neither figure. `narrowTo` is a
 * further condition a caller counts within, as the dashboard's scope and filters.
 */
export async function complaintRecords(
  db: Db,
  actor: Actor,
  period: ReportPeriod,
  narrowTo?: SQL,
): Promise<Complaint[]> {
  const rows = await db
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.kind, 'complaint'),
        between(complaints.receivedOn, period.from, period.to),
        readableComplaints(actor),
        narrowTo,
      ),
    );
  return rows.flatMap((c) =>
    c.about === 'other'
      ? []
      : [
          {
            caseId: c.caseId,
            caseworkerId: c.concernedUserId,
            channel: c.channel,
            about: c.about,
            receivedOn: c.receivedOn,
            status: indicatorComplaintStatus(c.status),
            resolvedOn: c.status === 'resolved' ? c.closedOn : null,
          },
        ],
  );
}

/** Returnees' answers on their caseworker in the period: A2's records, whatever the kind of record. */
export async function caseworkerFeedbackRecords(
  db: Db,
  actor: Actor,
  period: ReportPeriod,
  narrowTo?: SQL,
): Promise<CaseworkerFeedback[]> {
  const rows = await db
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.about, 'caseworker'),
        isNotNull(complaints.satisfaction),
        between(complaints.receivedOn, period.from, period.to),
        readableComplaints(actor),
        narrowTo,
      ),
    );
  // Recording refuses an answer about the caseworker without a case and a caseworker (recording.ts).
  return rows.flatMap((c) =>
    c.caseId && c.concernedUserId && c.satisfaction
      ? [
          {
            caseId: c.caseId,
            caseworkerId: c.concernedUserId,
            answeredOn: c.receivedOn,
            answer: c.satisfaction,
          },
        ]
      : [],
  );
}
