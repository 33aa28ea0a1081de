import { describe, expect, it } from 'vitest';
import { bestInterestsProblems } from '../children/best-interests.ts';
import { type CounsellingSession, sessionProblems } from './sessions.ts';

const session: CounsellingSession = {
  heldOn: '2027-01-10',
  type: 'first_arrival',
  meetingType: 'intake',
  reasons: ['economic', 'psychosocial'],
  setting: 'office',
  attendees: [{ name: 'Mamadou', role: 'returnee' }],
  topics: ['expectations', 'priorities'],
  interpreterBriefed: null,
  firstLineSupportGiven: true,
  referralNeeded: false,
  agreedNextSteps: 'Skills assessment next week',
  continued: false,
};

describe('counselling sessions', () => {
  it('need the returnee, unless it is a family session, and say whether an interpreter was briefed', () => {
    expect(sessionProblems(session)).toEqual([]);
    expect(sessionProblems({ ...session, attendees: [] })).toEqual([
      { field: 'attendees', code: 'returnee_absent' },
    ]);
    expect(
      sessionProblems({ ...session, type: 'family', attendees: [{ name: 'Aunt', role: 'family_member' }] }),
    ).toEqual([]);
    expect(
      sessionProblems({
        ...session,
        attendees: [...session.attendees, { name: 'Awa', role: 'interpreter' }],
      }),
    ).toEqual([{ field: 'interpreterBriefed', code: 'interpreter_not_stated' }]);
  });
});

describe('best-interests assessments', () => {
  it('count as completed with participants, the child’s views, the information given, maturity, a decision and a review date', () => {
    const complete = {
      trigger: 'unaccompanied_or_separated' as const,
      participants: [{ name: 'Fatou', role: 'child' as const }],
      childViews: 'Wants to live with her grandmother',
      informationGiven: 'Explained the options',
      maturityAssessment: 'Understands, 14 years old',
      riskFactors: '',
      protectiveFactors: 'Grandmother',
      decision: 'Reunification with the grandmother',
      reviewOn: '2027-04-01',
    };
    expect(bestInterestsProblems(complete)).toEqual([]);
    expect(bestInterestsProblems({ ...complete, participants: [], childViews: ' ', reviewOn: '' })).toEqual([
      { field: 'childViews', code: 'required' },
      { field: 'reviewOn', code: 'required' },
      { field: 'participants', code: 'required' },
    ]);
  });
});
