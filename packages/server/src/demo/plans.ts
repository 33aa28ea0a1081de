import { isoDay, type PlanContent } from '@reintegra/domain';
import { needsFindings, sessionInput, vulnerabilityFindings } from '../assessments/schemas.ts';
import { recordAssessment, recordSession } from '../assessments/service.ts';
import { planContent } from '../plans/schemas.ts';
import { consentToPlan, createPlan, latestBaseline } from '../plans/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';

const trades = ['Tailoring', 'Poultry farming', 'Phone repair', 'Hair salon', 'Market stall'] as const;

/**
 * A case in planning or beyond gets what comes before its plan (a first
 * counselling session, a screening, a needs assessment) and a plan the
 * returnee agreed to, as a caseworker would record them.
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
  await recordSession(
    db,
    actor,
    caseId,
    sessionInput.parse({
      heldOn: today,
      type: 'first_arrival',
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
        deliverableInFewSessions: true,
        caseManagementType: 'generalist',
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
}
