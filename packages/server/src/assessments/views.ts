import {
  attendeeRoles,
  caseManagementTypes,
  counsellingTopics,
  counsellingTypes,
  meetingReasons,
  meetingTypes,
  screeningPhases,
  sessionSettings,
} from '@reintegra/domain';
import { z } from 'zod';
import { bestInterestsFindings, needsFindings, vulnerabilityFindings } from './schemas.ts';
import type { Assessment, CounsellingSession } from './service.ts';

const suggestion = z.object({ type: z.enum(caseManagementTypes), because: z.array(z.string()) });
const common = {
  id: z.uuid(),
  phase: z.enum(screeningPhases),
  conductedOn: z.iso.date(),
  conductedBy: z.uuid().describe('Named in the case file’s staff list'),
  createdAt: z.iso.datetime({ offset: true }),
};
export const assessmentView = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('vulnerability'), ...common, findings: vulnerabilityFindings }),
    z.object({
      kind: z.literal('needs'),
      ...common,
      findings: needsFindings.extend({
        suggestion: suggestion.describe('What the screening and needs suggested'),
      }),
    }),
    z.object({ kind: z.literal('best_interests'), ...common, findings: bestInterestsFindings }),
  ])
  .meta({ id: 'Assessment' });

export function toAssessmentView(a: Assessment): z.infer<typeof assessmentView> {
  return {
    id: a.id,
    kind: a.kind,
    phase: a.phase,
    conductedOn: a.conductedOn,
    conductedBy: a.conductedBy,
    createdAt: a.createdAt.toISOString(),
    findings: a.findings,
  } as z.infer<typeof assessmentView>;
}

export const sessionView = z
  .object({
    id: z.uuid(),
    heldOn: z.iso.date(),
    type: z.enum(counsellingTypes),
    meetingType: z.enum(meetingTypes),
    reasons: z.array(z.enum(meetingReasons)),
    setting: z.enum(sessionSettings),
    attendees: z.array(z.object({ name: z.string(), role: z.enum(attendeeRoles) })),
    topics: z.array(z.enum(counsellingTopics)),
    interpreterBriefed: z.boolean().nullable(),
    firstLineSupportGiven: z.boolean(),
    referralNeeded: z.boolean(),
    agreedNextSteps: z.string(),
    continued: z.boolean(),
    notes: z.string().nullable().describe('null when the reader may not read them'),
    recordedBy: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CounsellingSession' });

export function toSessionView(
  s: Omit<CounsellingSession, 'notes'> & { notes: string | null },
): z.infer<typeof sessionView> {
  return {
    id: s.id,
    heldOn: s.heldOn,
    type: s.type,
    meetingType: s.meetingType,
    reasons: s.reasons,
    setting: s.setting,
    attendees: s.attendees as z.infer<typeof sessionView>['attendees'],
    topics: s.topics as z.infer<typeof sessionView>['topics'],
    interpreterBriefed: s.interpreterBriefed,
    firstLineSupportGiven: s.firstLineSupportGiven,
    referralNeeded: s.referralNeeded,
    agreedNextSteps: s.agreedNextSteps,
    continued: s.continued,
    notes: s.notes,
    recordedBy: s.recordedBy,
    createdAt: s.createdAt.toISOString(),
  };
}
