import {
  defaultThresholdScheme,
  type RssScheduleId,
  type ThresholdScheme,
  thresholdScheme,
  thresholdSchemes,
} from '@reintegra/domain';
import { desc, inArray } from 'drizzle-orm';
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

/** The settings of the programme each case was last screened for. */
export async function settingsOfCases(db: Db, caseIds: readonly string[]) {
  const screenings = await db
    .selectDistinctOn([caseScreenings.caseId], {
      caseId: caseScreenings.caseId,
      programme: caseScreenings.programme,
    })
    .from(caseScreenings)
    .where(inArray(caseScreenings.caseId, [...caseIds]))
    .orderBy(caseScreenings.caseId, desc(caseScreenings.screenedAt));
  const programmes = new Map(screenings.map((s) => [s.caseId, s.programme]));
  const byProgramme = new Map<string, RssProgrammeSettings>();
  const result = new Map<string, RssProgrammeSettings>();
  for (const caseId of caseIds) {
    const programme = programmes.get(caseId) ?? '';
    if (!byProgramme.has(programme)) byProgramme.set(programme, await settingsFor(db, programme));
    result.set(caseId, byProgramme.get(programme) as RssProgrammeSettings);
  }
  return result;
}

export async function settingsOfCase(db: Db, caseId: string): Promise<RssProgrammeSettings> {
  return (await settingsOfCases(db, [caseId])).get(caseId) as RssProgrammeSettings;
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
