import { type CasePhase, type CaseStatus, isoDay } from '@reintegra/domain';
import { actorFromUser } from '../auth/sessions.ts';
import { addMember } from '../cases/household.ts';
import { changeMigration } from '../cases/migration.ts';
import { openCase } from '../cases/registration.ts';
import { migrationInput } from '../cases/schemas.ts';
import { moveCase } from '../cases/service.ts';
import type { Db } from '../platform/db.ts';
import { completeRound, saveAnswers, startRound } from '../rss/rounds.ts';
import type { users } from '../users/tables.ts';
import { familyNames, femaleGivenNames, maleGivenNames } from './names.ts';
import { seedDemoPlan } from './plans.ts';
import { type DemoPartner, seedDemoReferrals } from './referrals.ts';
import { pickedSurvey } from './surveys.ts';

// How far along their path demo cases have come: host-country cases prepare a
// return; country-of-origin cases work through reintegration (seed-000 §1.4).
const paths: Record<CasePhase, CaseStatus[]> = {
  pre_return: ['registered', 'assessment', 'awaiting_departure'],
  post_return: ['registered', 'assessment', 'planning', 'implementation', 'follow_up'],
};

/** Mobile numbers as they are written locally: Niger 9x xx xx xx, Guinea 6xx xx xx xx. */
function localPhone(country: string, digit: () => number): string {
  const rest = Array.from({ length: 7 }, digit).join('');
  return country === 'NE'
    ? `9${digit()} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4, 6)}`
    : `62${rest}`;
}

/**
 * Opens `perCaseworker` cases for each caseworker, as they would through the
 * API, and moves each some way along its path, so that lists have something to show.
 */
export async function seedDemoCases(
  db: Db,
  caseworkers: { user: typeof users.$inferSelect; country: string; phase: CasePhase; partner: DemoPartner }[],
  perCaseworker: number,
  pick: <T>(list: readonly T[]) => T,
  onProgress: (done: number, total: number) => void,
) {
  const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const total = caseworkers.length * perCaseworker;
  let done = 0;
  for (const { user, country, phase, partner } of caseworkers) {
    const actor = actorFromUser(user, { kind: 'token', tokenId: 'demo' });
    for (let i = 0; i < perCaseworker; i += 1) {
      const now = new Date();
      const sex = pick(['female', 'male'] as const);
      const familyName = pick(familyNames);
      const givenNames = pick(sex === 'female' ? femaleGivenNames : maleGivenNames);
      const opened = await openCase(
        db,
        actor,
        {
          phase,
          person: {
            names: [
              {
                givenNames,
                familyName,
              },
            ],
            sex,
            dateOfBirth: `${1975 + pick(digits) * 3}-0${1 + pick(digits.slice(0, 9))}-1${pick(digits)}`,
            nationality: 'GN',
            languages: [pick(['fr', 'ff', 'sus', 'man'])],
            phones: [localPhone(country, () => pick(digits))],
            identifiers: [],
          },
          screening: {
            programme: phase === 'pre_return' ? 'Assisted voluntary return' : 'Reintegration assistance',
            eligible: true,
            reasons: 'Demo case: meets the programme criteria',
            needsMediumToLongTermServices: pick([true, false]),
            atMediumToHighRisk: pick([true, false, false]),
          },
          consent: {
            purpose: 'registration',
            method: pick(['written', 'verbal'] as const),
            givenBy: 'the person',
          },
          sensitive: pick(digits) === 0,
        },
        now,
      );
      const steps = pick(digits) % (paths[phase].length + 1);
      let version = opened.version;
      for (const to of paths[phase].slice(0, steps)) {
        version = (await moveCase(db, actor, opened.id, { version, to }, now)).version;
      }
      // Returned cases past the assessment have a return day and a baseline survey; followed ones an interim too.
      if (phase === 'post_return' && steps >= 3) {
        const returnedOn = isoDay(new Date(now.getTime() - (30 + pick(digits) * 40) * 86_400_000));
        await changeMigration(
          db,
          actor,
          opened.id,
          { ...migrationInput.parse({ returnedOn }), version: 0 },
          now,
        );
        const kinds = steps >= 5 ? (['baseline', 'interim'] as const) : (['baseline'] as const);
        for (const kind of kinds) {
          const consent = { given: true, method: 'written' as const };
          const round = await startRound(
            db,
            actor,
            opened.id,
            { kind, location: 'office', consent, profile: {} },
            now,
          );
          const answers = { answers: pickedSurvey(pick), explanations: {}, notes: {}, followUps: {} };
          await saveAnswers(db, actor, opened.id, round.id, { ...answers, version: 1 }, now);
          await completeRound(db, actor, opened.id, round.id, 2, now);
        }
        if (steps >= 4) {
          await seedDemoPlan(db, actor, opened.id, `${givenNames} ${familyName}`, pick, now);
          await seedDemoReferrals(db, actor, opened.id, `${givenNames} ${familyName}`, partner, i, now);
        }
      }
      // One case in four comes with a child who returns too, their own person record (seed-002 Module 6).
      if (i % 4 === 0) {
        const childSex = pick(['female', 'male'] as const);
        await addMember(
          db,
          actor,
          opened.id,
          {
            relationship: 'child',
            returnsTogether: true,
            person: {
              names: [
                {
                  givenNames: pick(childSex === 'female' ? femaleGivenNames : maleGivenNames),
                  familyName,
                },
              ],
              sex: childSex,
              birthYear: 2012 + pick(digits),
              languages: [],
              phones: [],
              identifiers: [],
            },
          },
          now,
        );
      }
      done += 1;
      if (done % 20 === 0 || done === total) onProgress(done, total);
    }
  }
}
