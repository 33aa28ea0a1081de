import type { Vulnerability } from '@reintegra/domain';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { staleVersion } from '../platform/errors.ts';
import { recordCaseEvent } from './events.ts';
import { workableCase } from './service.ts';
import { cases } from './tables.ts';

export interface CaseChanges {
  version: number;
  sensitive?: boolean | undefined;
  caseManagementType?: 'generalist' | 'intensive' | null | undefined;
  vulnerabilities?: Vulnerability[] | undefined;
}

/**
 * Changes what is decided about a case, with optimistic concurrency. Each
 * change is a dated event, so the case-management type keeps its history
 * (seed-000 L914: "beneficiaries change type of case management received over time").
 */
export async function changeCase(db: Db, actor: Actor, id: string, changes: CaseChanges, now: Date) {
  const current = await workableCase(db, actor, id);
  if (current.version !== changes.version) throw staleVersion();
  const { version, ...rest } = changes;
  if (rest.vulnerabilities) rest.vulnerabilities = [...new Set(rest.vulnerabilities)].sort();
  const [updated] = await db
    .update(cases)
    .set({ ...rest, version: version + 1, updatedAt: now })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning();
  if (!updated) throw staleVersion();
  if (rest.sensitive !== undefined && rest.sensitive !== current.sensitive) {
    await recordCaseEvent(db, id, actor.userId, 'sensitivity_changed', { sensitive: rest.sensitive }, now);
  }
  if (rest.vulnerabilities && rest.vulnerabilities.join() !== current.vulnerabilities.join()) {
    await recordCaseEvent(
      db,
      id,
      actor.userId,
      'vulnerabilities_changed',
      {
        added: rest.vulnerabilities.filter((v) => !current.vulnerabilities.includes(v)),
        removed: current.vulnerabilities.filter((v) => !rest.vulnerabilities?.includes(v)),
      },
      now,
    );
  }
  if (rest.caseManagementType !== undefined && rest.caseManagementType !== current.caseManagementType) {
    await recordCaseEvent(
      db,
      id,
      actor.userId,
      'case_management_type_changed',
      { from: current.caseManagementType, to: rest.caseManagementType },
      now,
    );
  }
  return updated;
}
