import { asc } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { planSettings } from './tables.ts';

/** Programmes that set whether plans need a supervisor's approval; the rest require it. */
export async function listPlanSettings(db: Db) {
  return db.select().from(planSettings).orderBy(asc(planSettings.programme));
}

export async function savePlanSetting(db: Db, programme: string, approvalRequired: boolean) {
  await db
    .insert(planSettings)
    .values({ programme, approvalRequired })
    .onConflictDoUpdate({ target: planSettings.programme, set: { approvalRequired } });
}
