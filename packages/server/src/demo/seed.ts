import type { Role } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import { appendAudit, systemActor } from '../audit/log.ts';
import { newSecret } from '../auth/secrets.ts';
import { createMission, createOffice } from '../organisation/service.ts';
import { missions } from '../organisation/tables.ts';
import type { Db } from '../platform/db.ts';
import { createUser } from '../users/service.ts';
import type { users } from '../users/tables.ts';
import { seedDemoCases } from './cases.ts';
import { seedDemoComplaints, seedDemoWellbeing } from './complaints.ts';
import { familyNames, givenNames } from './names.ts';
import { seedDemoDirectory } from './referrals.ts';
import { seedDemoResults } from './results.ts';

type User = typeof users.$inferSelect;

/** Enough for lists to page and filters to matter, still quick on the embedded database. */
const casesPerCaseworker = 12;

/** A small deterministic generator, so that every demo looks the same. */
function randomFrom(seed: number) {
  let state = seed;
  return <T>(list: readonly T[]): T => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    // The low bits of this generator cycle quickly; take the high ones.
    return list[Math.floor(state / 65_536) % list.length] as T;
  };
}

interface OfficePlan {
  name: string;
  location: string;
  caseworkers: number;
}

// Niger sends returnees home from Niamey and Agadez; Guinea receives them in
// Conakry and the regions (seed-000, L346 and L540).
const plan = [
  {
    mission: { name: 'Niger', countryCode: 'NE', role: 'host' as const },
    offices: [
      { name: 'Niamey head office', location: 'Niamey', caseworkers: 6 },
      { name: 'Agadez sub-office', location: 'Agadez', caseworkers: 4 },
    ] satisfies OfficePlan[],
  },
  {
    mission: { name: 'Guinea', countryCode: 'GN', role: 'origin' as const },
    offices: [
      { name: 'Conakry head office', location: 'Conakry', caseworkers: 8 },
      { name: 'Kankan sub-office', location: 'Kankan', caseworkers: 4 },
    ] satisfies OfficePlan[],
  },
];

/**
 * Fills an empty organisation with two missions, their offices and a user of
 * every role. Refuses to run when missions exist, so it never mixes demo and real data.
 */
export async function seedDemo(db: Db, say: (line: string) => void): Promise<{ password: string } | null> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(missions);
  if ((row?.n ?? 0) > 0) {
    say('Demo data not added: this database already has missions.');
    return null;
  }
  const recordCreation = (action: string, recordType: string, recordId: string) =>
    appendAudit(
      db,
      { ...systemActor, action, outcome: 'success', recordType, recordId, details: { demo: true } },
      new Date(),
    );
  const pick = randomFrom(2026);
  const password = process.env.REINTEGRA_DEMO_PASSWORD ?? `demo-${newSecret(9)}`;
  const taken = new Set<string>();
  const person = () => {
    for (;;) {
      const displayName = `${pick(givenNames)} ${pick(familyNames)}`;
      const username = displayName
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z ]/g, '')
        .replace(' ', '.');
      if (!taken.has(username)) {
        taken.add(username);
        return { displayName, username };
      }
    }
  };
  const add = async (
    role: Role,
    where: { missionId?: string; officeId?: string; serviceProviderId?: string },
  ) => {
    const who = person();
    const { user } = await createUser(db, { ...who, role, ...where, password });
    await recordCreation('user.create', 'user', user.id);
    say(`  ${role.padEnd(18)} ${who.username}`);
    return user;
  };
  const caseworkers: Parameters<typeof seedDemoCases>[1] = [];
  const supervisors: User[] = [];
  // Each mission's staff in the order they were added: the survey's answers follow it.
  const staff: User[] = [];

  say('Demo organisation:');
  for (const { mission, offices } of plan) {
    const m = await createMission(db, mission);
    await recordCreation('mission.create', 'mission', m.id);
    say(`${m.name} (${m.role})`);
    // The mission's service map, and the training centre's own account in the partner portal.
    const directory = await seedDemoDirectory(db, m.id, offices[0]?.location ?? m.name);
    const partnerUser = await add('referral_partner', {
      missionId: m.id,
      serviceProviderId: directory.trainingCentreId,
    });
    const partner = { services: directory.services, userId: partnerUser.id };
    staff.push(await add('programme_manager', { missionId: m.id }));
    staff.push(await add('me_officer', { missionId: m.id }));
    for (const o of offices) {
      const office = await createOffice(db, { missionId: m.id, name: o.name, location: o.location });
      await recordCreation('office.create', 'office', office.id);
      say(` ${office.name}`);
      const supervisor = await add('supervisor', { officeId: office.id });
      supervisors.push(supervisor);
      staff.push(supervisor);
      for (let i = 0; i < o.caseworkers; i += 1) {
        const user = await add('caseworker', { officeId: office.id });
        staff.push(user);
        caseworkers.push({
          user,
          country: m.countryCode,
          phase: m.role === 'host' ? 'pre_return' : 'post_return',
          partner,
        });
      }
    }
  }
  await add('auditor', {});
  await seedDemoCases(db, caseworkers, casesPerCaseworker, pick, (done, total) =>
    say(`Demo cases: ${done} of ${total}`),
  );
  // Returnees' complaints and views of their caseworkers, and this year's staff survey (A2, C2, C4).
  const now = new Date();
  for (const supervisor of supervisors) await seedDemoComplaints(db, supervisor, pick, now);
  await seedDemoWellbeing(db, staff, pick, now);
  say('Demo complaints, feedback and staff survey answers added.');
  // Each mission's results framework, set up by its programme manager.
  for (const manager of staff.filter((u) => u.role === 'programme_manager'))
    await seedDemoResults(db, manager, now);
  say(`Every demo user's password: ${password}`);
  return { password };
}
