import {
  defaultThresholdScheme,
  type RssScheduleId,
  type ThresholdScheme,
  thresholdScheme,
  thresholdSchemes,
} from '@reintegra/domain';
import { desc, eq, inArray } from 'drizzle-orm';
import { caseScreenings } from '../cases/tables.ts';
import type { Db } from '../platform/db.ts';
import { rssSettings } from './tables.ts';

export interface RssProgrammeSettings {
  programme: string;
  schedule: RssScheduleId;
  thresholdScheme: ThresholdScheme;
}

const defaults = (programme: string): RssProgrammeSettings => ({
  programme,
  schedule: 'handbook',
  thresholdScheme: thresholdScheme(defaultThresholdScheme) as ThresholdScheme,
});

/** A programme's own settings, else the defaults row (''), else the Handbook's. */
export async function settingsFor(db: Db, programme: string): Promise<RssProgrammeSettings> {
  const rows = await db
    .select()
    .from(rssSettings)
    .where(inArray(rssSettings.programme, [programme, '']));
  const row = rows.find((r) => r.programme === programme) ?? rows.find((r) => r.programme === '');
  if (!row) return defaults(programme);
  return {
    programme,
    schedule: row.schedule as RssScheduleId,
    thresholdScheme: thresholdScheme(row.thresholdScheme) ?? (thresholdSchemes[0] as ThresholdScheme),
  };
}

/** The settings of the programme the case was last screened for. */
export async function settingsOfCase(db: Db, caseId: string): Promise<RssProgrammeSettings> {
  const [screening] = await db
    .select({ programme: caseScreenings.programme })
    .from(caseScreenings)
    .where(eq(caseScreenings.caseId, caseId))
    .orderBy(desc(caseScreenings.screenedAt))
    .limit(1);
  return settingsFor(db, screening?.programme ?? '');
}

export async function listSettings(db: Db) {
  const rows = await db.select().from(rssSettings).orderBy(rssSettings.programme);
  return rows.some((r) => r.programme === '')
    ? rows
    : [
        { programme: '', schedule: 'handbook', thresholdScheme: defaultThresholdScheme, updatedAt: null },
        ...rows,
      ];
}

export async function saveSettings(
  db: Db,
  input: { programme: string; schedule: RssScheduleId; thresholdScheme: string },
  now: Date,
) {
  await db
    .insert(rssSettings)
    .values({ ...input, updatedAt: now })
    .onConflictDoUpdate({
      target: rssSettings.programme,
      set: { schedule: input.schedule, thresholdScheme: input.thresholdScheme, updatedAt: now },
    });
}
