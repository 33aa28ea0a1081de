import type { Vulnerability } from '@reintegra/domain';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { staleVersion } from '../platform/errors.ts';
import { workableCase } from './service.ts';
import { caseEvents, cases } from './tables.ts';

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
    await db.insert(caseEvents).values({
      caseId: id,
      at: now,
      actorId: actor.userId,
      kind: 'sensitivity_changed',
      details: { sensitive: rest.sensitive },
    });
  }
  if (rest.vulnerabilities && rest.vulnerabilities.join() !== current.vulnerabilities.join()) {
    await db.insert(caseEvents).values({
      caseId: id,
      at: now,
      actorId: actor.userId,
      kind: 'vulnerabilities_changed',
      details: {
        added: rest.vulnerabilities.filter((v) => !current.vulnerabilities.includes(v)),
        removed: current.vulnerabilities.filter((v) => !rest.vulnerabilities?.includes(v)),
      },
    });
  }
  if (rest.caseManagementType !== undefined && rest.caseManagementType !== current.caseManagementType) {
    await db.insert(caseEvents).values({
      caseId: id,
      at: now,
      actorId: actor.userId,
      kind: 'case_management_type_changed',
      details: { from: current.caseManagementType, to: rest.caseManagementType },
    });
  }
  return updated;
}
