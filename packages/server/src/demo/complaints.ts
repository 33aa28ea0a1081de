import {
  type ComplaintChannel,
  isoDay,
  type SatisfactionAnswer,
  type WellbeingAnswers,
  wellbeingQuestions,
} from '@reintegra/domain';
import { and, asc, eq } from 'drizzle-orm';
import { actorFromUser } from '../auth/sessions.ts';
import { cases } from '../cases/tables.ts';
import type { ComplaintInput } from '../complaints/schemas.ts';
import { moveComplaint, recordComplaint } from '../complaints/service.ts';
import { answerSurvey } from '../complaints/wellbeing.ts';
import type { Db } from '../platform/db.ts';
import type { users } from '../users/tables.ts';
import { familyNames, givenNames } from './names.ts';

type User = typeof users.$inferSelect;
type PickFrom = <T>(list: readonly T[]) => T;
/** What a demo record says; the rest is left as a recorder leaves it. */
type DemoRecord = Pick<ComplaintInput, 'kind' | 'about' | 'channel' | 'subject'> & Partial<ComplaintInput>;

const dayMs = 86_400_000;
// Neutral and dissatisfied answers as often as satisfied ones, so that both sides of A2's share reach
// the minimum count in every office; "don't know" now and then, as returnees answer.
const satisfactionAnswers: readonly SatisfactionAnswer[] = [
  'very_satisfied',
  'satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
  'dont_know',
];
/** How returnees give their view in a meeting, or complain: the hotline most often (seed-000 L929). */
const feedbackChannels: readonly ComplaintChannel[] = [
  'in_person',
  'in_person',
  'caseworker_phone',
  'group_chat',
];
const complaintChannels: readonly ComplaintChannel[] = [
  'hotline',
  'hotline',
  'hotline',
  'in_person',
  'caseworker_phone',
  'written',
  'partner',
];
/** Where the handling of a demo complaint has got to: the steps taken from "received". */
const handlingPaths = [
  [],
  [{ to: 'acknowledged' }],
  [{ to: 'acknowledged' }, { to: 'under_review' }],
  [
    { to: 'acknowledged' },
    { to: 'resolved', resolution: 'Met the returnee and the caseworker; agreed a new visit' },
  ],
  [{ to: 'dismissed', reason: 'Already dealt with under an earlier complaint' }],
] as const;

/**
 * Complaints and feedback in an office, as its supervisor records them from
 * the hotline, meetings and partners: two returnees in three say how satisfied
 * they are with their caseworker (A2), one in four complains about the
 * caseworker and one in five about the assistance (C2), and a couple of
 * anonymous calls name no case. Each complaint is moved some way along its
 * handling. Restricted cases are left out: the supervisor may not see them.
 */
export async function seedDemoComplaints(db: Db, supervisor: User, pick: PickFrom, now: Date) {
  if (!supervisor.officeId) throw new Error('a demo supervisor belongs to an office');
  const actor = actorFromUser(supervisor, { kind: 'token', tokenId: 'demo' });
  const officeCases = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.officeId, supervisor.officeId), eq(cases.sensitive, false)))
    .orderBy(asc(cases.reference));
  const daysAgo = () => isoDay(new Date(now.getTime() - pick([1, 3, 6, 10, 15, 21, 28, 35, 44, 52]) * dayMs));
  const complainant = (channel: ComplaintChannel) =>
    channel === 'hotline'
      ? { anonymous: true }
      : { anonymous: false, complainantName: `${pick(givenNames)} ${pick(familyNames)}` };
  const record = async (input: DemoRecord) => {
    const saved = await recordComplaint(
      db,
      actor,
      {
        caseId: null,
        concernedUserId: null,
        receivedOn: daysAgo(),
        complainantName: '',
        complainantContact: '',
        satisfaction: null,
        handlerId: null,
        ...complainant(input.channel),
        ...input,
      },
      now,
    );
    if (input.kind === 'complaint') {
      let version = saved.complaint.version;
      for (const step of pick(handlingPaths)) {
        const moved = await moveComplaint(
          db,
          actor,
          saved.complaint.id,
          { version, resolution: '', reason: '', ...step },
          now,
        );
        version = moved.complaint.version;
      }
    }
  };

  for (const [i, { id: caseId }] of officeCases.entries()) {
    if (i % 3 !== 2) {
      await record({
        kind: 'feedback',
        about: 'caseworker',
        channel: pick(feedbackChannels),
        caseId,
        satisfaction: pick(satisfactionAnswers),
        subject: 'Asked at a follow-up meeting how they find their caseworker',
      });
    }
    if (i % 4 === 0) {
      await record({
        kind: 'complaint',
        about: 'caseworker',
        channel: pick(complaintChannels),
        caseId,
        subject: pick([
          'The caseworker did not come to the agreed visit',
          'Calls to the caseworker go unanswered',
          'Felt the caseworker did not listen to what the family needs',
        ]),
      });
    }
    if (i % 5 === 1) {
      await record({
        kind: 'complaint',
        about: 'assistance',
        channel: pick(complaintChannels),
        caseId,
        satisfaction: pick([null, 'dissatisfied', 'very_dissatisfied']),
        subject: pick(['The business kit has not come', 'The training course was full when they arrived']),
      });
    }
  }
  await record({
    kind: 'complaint',
    about: 'caseworker',
    channel: 'hotline',
    subject: 'A caller says a caseworker asked for money; gave no name',
  });
  await record({
    kind: 'complaint',
    about: 'other',
    channel: 'hotline',
    subject: 'The office was closed on a working day',
  });
}

// C4's item in a fixed order rather than by chance: six of seven answers say something, three of them
// agree, so every mission's share rests on enough answers on each side to be shown.
const stressAnswers: readonly WellbeingAnswers['manage_stress'][] = [
  'strongly_agree',
  'agree',
  'neutral',
  'disagree',
  'agree',
  'strongly_disagree',
  'declined',
];

/** This year's staff survey, answered by each staff member given, as they would on the survey page. */
export async function seedDemoWellbeing(db: Db, staff: readonly User[], pick: PickFrom, now: Date) {
  for (const [i, user] of staff.entries()) {
    await answerSurvey(
      db,
      actorFromUser(user, { kind: 'token', tokenId: 'demo' }),
      {
        manage_stress: stressAnswers[i % stressAnswers.length] as WellbeingAnswers['manage_stress'],
        workload: pick(wellbeingQuestions.workload),
        hard_to_sleep: pick(wellbeingQuestions.hard_to_sleep),
        supervisor_support: pick(wellbeingQuestions.supervisor_support),
        felt_unsafe: pick(wellbeingQuestions.felt_unsafe),
      },
      now,
    );
  }
}
