import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { countReferralsInScope, referralsInScope } from '../referrals/service.ts';
import type { ExportColumn, ExportRow, ListExport } from './table.ts';

export interface FollowUpFilters {
  overdue: boolean;
}

/**
 * The columns of the referral follow-up export. De-identified, the case
 * reference becomes a pseudonym and the reason (free text, which can name
 * people) goes; the partner, the dates and the outcome stay, as they are
 * what follow-up and the referral indicators look at (seed-003 A.7).
 */
export const followUpColumns: readonly ExportColumn[] = [
  { key: 'caseReference', header: 'case_reference', hxl: '#affected+code', deidentify: 'pseudonymise' },
  { key: 'provider', header: 'provider', hxl: '#org+name+provider', deidentify: 'keep' },
  { key: 'reason', header: 'reason', hxl: '#description+reason', deidentify: 'drop' },
  { key: 'urgency', header: 'urgency', hxl: '#severity+urgency', deidentify: 'keep' },
  { key: 'status', header: 'status', hxl: '#status+referral', deidentify: 'keep' },
  { key: 'identifiedAt', header: 'identified_at', hxl: '#date+identified', deidentify: 'keep' },
  { key: 'sentAt', header: 'sent_at', hxl: '#date+sent', deidentify: 'keep' },
  { key: 'acceptedAt', header: 'accepted_at', hxl: '#date+accepted', deidentify: 'keep' },
  { key: 'completedAt', header: 'completed_at', hxl: '#date+completed', deidentify: 'keep' },
  { key: 'dueOn', header: 'due_on', hxl: '#date+due', deidentify: 'keep' },
  { key: 'overdue', header: 'overdue', hxl: '#status+overdue', deidentify: 'keep' },
  { key: 'received', header: 'received', hxl: '#indicator+received', deidentify: 'keep' },
  { key: 'metNeed', header: 'met_need', hxl: '#indicator+met_need', deidentify: 'keep' },
];

const pageSize = 2000;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The follow-up list as an export: the list's own query, every page of it rather than the first 500. */
export function followUpExport(db: Db, actor: Actor, filters: FollowUpFilters, today: string): ListExport {
  async function* pages() {
    for (let offset = 0; ; offset += pageSize) {
      const rows = await referralsInScope(db, actor, filters, today, { limit: pageSize, offset });
      if (rows.length === 0) return;
      yield rows.map(
        (r): ExportRow => ({
          caseReference: r.reference,
          provider: r.provider,
          reason: r.referral.reason,
          urgency: r.referral.urgency,
          status: r.referral.status,
          identifiedAt: iso(r.referral.identifiedAt),
          sentAt: iso(r.referral.sentAt),
          acceptedAt: iso(r.referral.acceptedAt),
          completedAt: iso(r.referral.completedAt),
          dueOn: r.referral.dueOn,
          overdue: r.overdue,
          received: r.referral.received,
          metNeed: r.referral.metNeed,
        }),
      );
      if (rows.length < pageSize) return;
    }
  }
  return {
    table: { name: 'referrals', columns: followUpColumns, rows: pages() },
    count: () => countReferralsInScope(db, actor, filters, today),
  };
}
