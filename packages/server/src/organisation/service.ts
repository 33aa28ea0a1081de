import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { missions, offices } from './tables.ts';

type MissionRow = typeof missions.$inferSelect;
type OfficeRow = typeof offices.$inferSelect;

export function listMissions(db: Db) {
  return db.select().from(missions).orderBy(asc(missions.name));
}

export async function getMission(db: Db, id: string) {
  const [mission] = await db.select().from(missions).where(eq(missions.id, id));
  if (!mission) throw notFound('Mission');
  return mission;
}

export async function createMission(db: Db, input: Pick<MissionRow, 'name' | 'countryCode' | 'role'>) {
  const [mission] = await db.insert(missions).values(input).returning();
  return mission as MissionRow;
}

export async function updateMission(
  db: Db,
  id: string,
  changes: { version: number } & Partial<Pick<MissionRow, 'name' | 'countryCode' | 'role' | 'active'>>,
) {
  const { version, ...rest } = changes;
  const [mission] = await db
    .update(missions)
    .set({ ...rest, version: version + 1, updatedAt: new Date() })
    .where(and(eq(missions.id, id), eq(missions.version, version)))
    .returning();
  if (mission) return mission;
  await getMission(db, id);
  throw staleVersion();
}

export function listOffices(db: Db, filter: { missionId?: string | undefined }) {
  const where: SQL[] = [];
  if (filter.missionId) where.push(eq(offices.missionId, filter.missionId));
  return db
    .select()
    .from(offices)
    .where(and(...where))
    .orderBy(asc(offices.name));
}

export async function getOffice(db: Db, id: string) {
  const [office] = await db.select().from(offices).where(eq(offices.id, id));
  if (!office) throw notFound('Office');
  return office;
}

async function requireMission(db: Db, missionId: string) {
  const [mission] = await db.select({ id: missions.id }).from(missions).where(eq(missions.id, missionId));
  if (!mission) throw invalidField('body.missionId', 'not_found', 'No such mission');
}

export async function createOffice(db: Db, input: Pick<OfficeRow, 'missionId' | 'name' | 'location'>) {
  await requireMission(db, input.missionId);
  const [office] = await db.insert(offices).values(input).returning();
  return office as OfficeRow;
}

export async function updateOffice(
  db: Db,
  id: string,
  changes: { version: number } & Partial<Pick<OfficeRow, 'name' | 'location' | 'active'>>,
) {
  const { version, ...rest } = changes;
  const [office] = await db
    .update(offices)
    .set({ ...rest, version: version + 1, updatedAt: new Date() })
    .where(and(eq(offices.id, id), eq(offices.version, version)))
    .returning();
  if (office) return office;
  await getOffice(db, id);
  throw staleVersion();
}
