import { type BusinessType, isoDay, type PlanContent } from '@reintegra/domain';
import { and, eq } from 'drizzle-orm';
import { needsFindings, sessionInput, vulnerabilityFindings } from '../assessments/schemas.ts';
import { recordAssessment, recordSession } from '../assessments/service.ts';
import { actorFromUser } from '../auth/sessions.ts';
import { assignStaff } from '../cases/assignments.ts';
import { cases } from '../cases/tables.ts';
import { applyForBusiness, recordRecommendation } from '../plans/business.ts';
import { planContent } from '../plans/schemas.ts';
import { approvePlan, consentToPlan, createPlan, latestBaseline } from '../plans/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { users } from '../users/tables.ts';

const trades = ['Tailoring', 'Poultry farming', 'Phone repair', 'Hair salon', 'Market stall'] as const;
const typeOfTrade: Record<(typeof trades)[number], BusinessType> = {
  Tailoring: 'crafts_and_manufacturing',
  'Poultry farming': 'agriculture',
  'Phone repair': 'services',
  'Hair salon': 'services',
  'Market stall': 'trade',
};
/** What a caseworker's recommendation of each type rests on, in the words of a local market assessment. */
const recommendations: Partial<Record<BusinessType, string>> = {
  agriculture: 'Eggs and chickens sell all year in Kindia; the poultry farms of earlier returnees still run',
  crafts_and_manufacturing: 'Tailors near the market have steady orders before every festival',
  services: 'Few repairers and salons in the neighbourhood, by the market assessment',
  trade: 'Stalls by the bus station sell every day, by the market assessment',
};

/** The office's supervisor, who approves the plans its caseworkers write. */
async function supervisorOf(db: Db, officeId: string | null) {
  const [user] = officeId
    ? await db
        .select()
        .from(users)
        .where(and(eq(users.role, 'supervisor'), eq(users.officeId, officeId)))
        .limit(1)
    : [];
  return user ? actorFromUser(user, { kind: 'token', tokenId: 'demo' }) : null;
}

/**
 * A case in planning or beyond gets what comes before its plan (a first
 * counselling session, a screening, a needs assessment), a plan the returnee
 * agreed to and the supervisor approved, as they would record them, an
 * application for business support with the type of business the caseworker
 * recommended (mostly the one the returnee chose, sometimes another, sometimes
 * none) for the dashboard's C3, and one to three follow-up meetings.
 */
export async function seedDemoPlan(
  db: Db,
  actor: Actor,
  caseId: string,
  name: string,
  pick: <T>(list: readonly T[]) => T,
  now: Date,
) {
  const today = isoDay(now);
  const trade = pick(trades);
  // Most returnees need generalist case management; some, intensive (Annex 3 Step 2).
  const caseManagementType = pick(['generalist', 'generalist', 'intensive'] as const);
  await recordSession(
    db,
    actor,
    caseId,
    sessionInput.parse({
      heldOn: today,
      type: 'first_arrival',
      meetingType: 'intake',
      reasons: ['psychosocial'],
      setting: 'office',
      attendees: [{ name, role: 'returnee' }],
      topics: ['expectations', 'concerns', 'priorities', 'assistance_process'],
      firstLineSupportGiven: true,
      referralNeeded: false,
      agreedNextSteps: 'Needs and skills assessment, then the plan',
    }),
    now,
  );
  await recordAssessment(
    db,
    actor,
    caseId,
    {
      kind: 'vulnerability',
      phase: 'arrival',
      conductedOn: today,
      findings: vulnerabilityFindings.parse({
        factors: [
          { level: 'household', kind: 'protective', description: 'Family ready to take them in' },
          { level: 'individual', kind: 'risk', description: 'Debts from the journey' },
        ],
        situations: [],
        triggers: [],
        consentToShareWithOrigin: true,
      }),
    },
    now,
  );
  await recordAssessment(
    db,
    actor,
    caseId,
    {
      kind: 'needs',
      phase: 'arrival',
      conductedOn: today,
      findings: needsFindings.parse({
        educationLevel: pick(['isced_1', 'isced_2', 'isced_3'] as const),
        workHistory: [{ occupation: trade, where: 'abroad', years: 2 }],
        skills: [trade],
        interests: [`Own ${trade.toLowerCase()} business`],
        fitToWork: true,
        needs: { economic: 'A steady income', social: 'Housing with family', psychosocial: '' },
        deliverableInFewSessions: caseManagementType === 'generalist',
        caseManagementType,
      }),
    },
    now,
  );
  const baseline = await latestBaseline(db, caseId);
  const content: PlanContent = planContent.parse({
    placeOfReturn: 'Kindia',
    summary: {
      economic: `${trade} business`,
      social: 'Live with the family',
      psychosocial: 'Peer support group',
    },
    immediate: [{ id: 'demo-i1', kind: 'basic_needs', detail: 'Food and clothes for the first month' }],
    longTerm: [
      {
        id: 'demo-l1',
        kind: 'individual_microbusiness',
        detail: trade,
        responsible: actor.userId,
        needsReferral: false,
      },
      {
        id: 'demo-l2',
        kind: 'psychosocial_individual_family',
        detail: 'Peer support group',
        needsReferral: true,
        referralAgency: 'Community counselling centre',
      },
    ],
    goods: [
      {
        id: 'demo-g1',
        description: `${trade} equipment`,
        estimatedCost: { minor: 3_000_000, currency: 'GNF' },
      },
    ],
    grants: [
      {
        id: 'demo-grant',
        purpose: 'Business grant',
        lineId: 'demo-l1',
        tranches: [
          { id: 'demo-t1', amount: { minor: 1_500_000, currency: 'GNF' }, condition: 'none' },
          { id: 'demo-t2', amount: { minor: 1_500_000, currency: 'GNF' }, condition: 'assets_purchased' },
        ],
      },
    ],
    community: [],
    baseline,
    exitStrategy: 'Case management ends a year after the business opens',
  });
  await createPlan(db, actor, caseId, content, now);
  await consentToPlan(db, actor, caseId, { version: 1, method: 'written', givenBy: name }, now);
  const supervisor = await supervisorOf(db, actor.officeId);
  if (supervisor) {
    // A restricted case opens only to the staff named on it: its supervisor is named to approve the plan.
    const [{ sensitive } = { sensitive: false }] = await db
      .select({ sensitive: cases.sensitive })
      .from(cases)
      .where(eq(cases.id, caseId));
    if (sensitive) {
      await assignStaff(db, actor, caseId, { userId: supervisor.userId, function: 'supervisor' }, now);
    }
    await approvePlan(db, supervisor, caseId, 1, now);
  }

  const chosenType = typeOfTrade[trade];
  const recommendedType = pick([chosenType, chosenType, 'trade', null] as const);
  await applyForBusiness(db, actor, caseId, `${trade} business`, now);
  await recordRecommendation(
    db,
    actor,
    caseId,
    {
      version: 1,
      recommendedType,
      reason: recommendedType ? (recommendations[recommendedType] ?? '') : '',
      chosenType,
    },
    now,
  );

  // Follow-up: where, why and with whom vary from meeting to meeting, as the dashboard's B3, B5 and
  // B6 split them.
  for (let n = pick([1, 2, 3] as const); n > 0; n -= 1) {
    const meetingType = pick(['follow_up', 'monitoring', 'beneficiary_request', 'family_mediation'] as const);
    const family = meetingType === 'family_mediation';
    await recordSession(
      db,
      actor,
      caseId,
      sessionInput.parse({
        heldOn: today,
        type: family ? 'family' : 'follow_up',
        meetingType,
        reasons: pick([['economic'], ['social'], ['psychosocial'], ['economic', 'psychosocial'], []]),
        setting: pick(['office', 'home_visit', 'phone', 'online'] as const),
        attendees: [
          { name, role: 'returnee' },
          ...(family ? [{ name: 'A family member', role: 'family_member' }] : []),
        ],
        topics: [],
        firstLineSupportGiven: false,
        referralNeeded: false,
        agreedNextSteps: family
          ? 'Meet the family again at home'
          : `Visit the ${trade.toLowerCase()} business`,
      }),
      now,
    );
  }
}
