import type { ReferralStatus } from '@reintegra/domain';
import { recordConsent } from '../cases/registration.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { providerInput, referralInput, serviceInput } from '../referrals/schemas.ts';
import {
  addProvider,
  addService,
  draftReferral,
  partnerMove,
  recordOutcome,
  sendReferral,
} from '../referrals/service.ts';

/**
 * A mission's service map as a mission would start it: a training centre under
 * a memorandum (its course with the Enabel-style criteria of seed-003 L274), a
 * clinic, a counselling association, and a legal aid office judged not of
 * adequate quality, so that the gap view (Annex 7) has something to show.
 * Returns the services by what they offer, and the training centre for its partner user.
 */
export async function seedDemoDirectory(db: Db, missionId: string, town: string) {
  const provider = (input: object) => addProvider(db, missionId, providerInput.parse(input));
  const service = async (providerId: string, input: object) =>
    (await addService(db, providerId, serviceInput.parse(input))).id;
  const centre = await provider({
    name: `Centre de formation professionnelle de ${town}`,
    kind: 'State',
    contact: { person: 'Mme Camara', phone: '+224 620 00 00 01', address: town, hours: 'Mon–Fri 8:00–16:00' },
    agreement: 'mou',
    qualityNotes: 'Visited last quarter: workshops equipped, trainers certified.',
  });
  const clinic = await provider({
    name: `Clinique communautaire de ${town}`,
    kind: 'Health centre',
    contact: { person: 'Dr Bah', phone: '+224 620 00 00 02', address: town },
    agreement: 'long_term_agreement',
  });
  const association = await provider({
    name: 'Association d’écoute et de soutien',
    kind: 'NGO',
    contact: { person: 'M. Sylla', phone: '+224 620 00 00 03', address: town },
    agreement: 'informal',
  });
  const legal = await provider({
    name: 'Bureau d’aide juridique',
    kind: 'NGO',
    contact: { address: town },
    qualityNotes: 'Long waits reported by returnees; no follow-up of files.',
  });
  const services = {
    tvet: await service(centre.id, {
      name: 'Tailoring course, 6 months',
      type: 'tvet',
      eligibility: 'Aged 18 to 35, up to 10th grade',
      rules: { minAge: 18, maxAge: 35, maxSchoolYear: 10, maxDistanceKm: null },
      coverage: [town],
      cost: 'Free; transport stipend',
      languages: ['fr', 'sus'],
      capacityPerMonth: 20,
      waitDays: 14,
      neededFields: ['educationLevel'],
    }),
    health: await service(clinic.id, {
      name: 'General consultation',
      type: 'health',
      coverage: [town],
      cost: 'Covered by the programme',
      neededFields: ['health'],
    }),
    psychosocial: await service(association.id, {
      name: 'Peer support group',
      type: 'psychosocial_support',
      coverage: [town],
      cost: 'Free',
      languages: ['fr'],
    }),
  };
  await service(legal.id, { name: 'Civil documentation', type: 'documentation', adequateQuality: false });
  return { services, trainingCentreId: centre.id };
}

/** A mission's directory and the training centre's user, who answers the demo's referrals. */
export interface DemoPartner {
  services: Awaited<ReturnType<typeof seedDemoDirectory>>['services'];
  userId: string;
}

/** How far the demo's referrals went: the partner's answers, in order, and whether the outcome is in. */
const paths: { moves: ReferralStatus[]; outcome: boolean }[] = [
  { moves: [], outcome: false },
  { moves: ['accepted'], outcome: false },
  { moves: ['accepted', 'in_progress'], outcome: false },
  { moves: ['accepted', 'in_progress', 'completed'], outcome: true },
];

/**
 * Refers a returnee with a plan to the peer support group their plan names
 * and to the training course, with their consent, and takes each referral as
 * far as its path goes; the partner's moves are recorded as the partner user's.
 */
export async function seedDemoReferrals(
  db: Db,
  actor: Actor,
  caseId: string,
  name: string,
  partner: DemoPartner,
  step: number,
  now: Date,
) {
  await recordConsent(db, actor, caseId, { purpose: 'referral', method: 'written', givenBy: name }, now);
  const refer = async (serviceId: string, reason: string, planLineId: string | null, fields: string[]) => {
    const drafted = await draftReferral(
      db,
      actor,
      caseId,
      referralInput.parse({
        serviceId,
        reason,
        urgency: 'routine',
        planLineId,
        fields,
        returneeInformed: true,
        // Kept only for those over the course's age limit.
        eligibility: { schoolYear: 9, exception: 'The centre agreed to take older learners on this course' },
      }),
      now,
    );
    return sendReferral(db, actor, caseId, drafted.id, { version: drafted.version, exception: null }, now);
  };
  const { services } = partner;
  await refer(services.psychosocial, 'Agreed in the plan: peer support after the return', 'demo-l2', [
    'name',
    'phone',
  ]);
  const path = paths[step % paths.length] ?? { moves: [], outcome: false };
  let referral = await refer(services.tvet, 'Wants a trade; left school after grade 9', null, [
    'name',
    'phone',
    'educationLevel',
  ]);
  for (const to of path.moves) {
    referral = await partnerMove(db, referral, { to, reason: '' }, partner.userId, now);
  }
  if (path.outcome) {
    await recordOutcome(
      db,
      actor,
      caseId,
      referral.id,
      { version: referral.version, received: true, metNeed: true, returneeSatisfaction: 4, note: '' },
      now,
    );
  }
}
