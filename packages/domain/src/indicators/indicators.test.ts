import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessType } from '../plans/business.ts';
import {
  indicatorA1,
  indicatorA2,
  indicatorB1,
  indicatorB2,
  indicatorB3,
  indicatorB4,
  indicatorB5,
  indicatorB6,
  indicatorC1,
  indicatorC2,
  indicatorC3,
  indicatorC4,
} from './annex2.ts';
import { disaggregations, indicatorCatalogue, sourceRecords } from './catalogue.ts';
import { indicatorO1 } from './outcome.ts';
import { indicatorP1, indicatorP2, indicatorP3, indicatorP4 } from './process.ts';
import {
  type CaseSpell,
  type CaseworkerFeedback,
  type Complaint,
  cmTypesDuring,
  daysBetween,
  type Meeting,
  monthPeriod,
  type ReferralRecord,
  type RssResult,
  type WellbeingResponse,
} from './records.ts';
import { indicatorR1, indicatorR2, indicatorR3, indicatorR4, indicatorR5 } from './referral-indicators.ts';
import {
  ageBandOrUnknown,
  countFigure,
  formatRatio,
  mean,
  meanFromTotals,
  median,
  rateFigure,
  shareBreakdown,
  shareFigure,
  suppressCounts,
  suppressTable,
  withheldGroups,
} from './values.ts';

const march = monthPeriod('2024-03');
const q1 = { from: '2024-01-01', to: '2024-03-31' };

function spell(caseId: string, over: Partial<CaseSpell> = {}): CaseSpell {
  const openedOn = over.openedOn ?? '2024-01-02';
  return {
    caseId,
    spell: 1,
    arrivedOn: '2024-01-01',
    openedOn,
    closedOn: null,
    cmRequired: true,
    cmTypes: [{ cmType: 'generalist', from: openedOn }],
    caseworkerId: 'cw1',
    sex: 'female',
    birthYear: 1990,
    vulnerable: false,
    mission: 'GN',
    office: 'Conakry',
    country: 'GN',
    returnModality: 'avrr',
    ...over,
  };
}

function meeting(caseId: string, on: string, over: Partial<Meeting> = {}): Meeting {
  return {
    caseId,
    caseworkerId: 'cw1',
    on,
    format: 'phone',
    meetingType: 'follow_up',
    reasons: [],
    cmTypeAtTime: 'generalist',
    withFamily: false,
    homeVisit: false,
    ...over,
  };
}

function referral(referralId: string, over: Partial<ReferralRecord> = {}): ReferralRecord {
  return {
    referralId,
    caseId: 'c1',
    partnerId: 'P1',
    service: 'health',
    status: 'sent',
    sentOn: '2024-03-01',
    firstPartnerUpdateOn: null,
    acceptedOn: null,
    completedOn: null,
    closedOn: null,
    satisfaction: null,
    satisfactionOn: null,
    ...over,
  };
}

describe('records', () => {
  it('reads periods, days and CM types', () => {
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(daysBetween('2024-02-26', '2024-03-01')).toBe(4);
    // Generalist until 15 March, intensive from the 16th: both in March, only intensive in April.
    const s = spell('c', {
      cmTypes: [
        { cmType: 'generalist', from: '2024-01-02' },
        { cmType: 'intensive', from: '2024-03-16' },
      ],
    });
    expect(cmTypesDuring(s, march).sort()).toEqual(['generalist', 'intensive']);
    expect(cmTypesDuring(s, monthPeriod('2024-04'))).toEqual(['intensive']);
    expect(cmTypesDuring({ ...s, closedOn: '2024-02-01' }, march)).toEqual([]);
  });
});

describe('Annex 2 indicators', () => {
  it('A1 counts returnees whose case management started within 3 months of arrival', () => {
    const spells = [
      spell('c1', { arrivedOn: '2024-01-10', openedOn: '2024-03-05' }), // by 10 April: counts
      spell('c2', { arrivedOn: '2023-11-20', openedOn: '2024-03-01' }), // after 20 February: too late
      spell('c3', { arrivedOn: '2024-03-10', openedOn: '2024-03-02' }), // opened before arrival: pre-return
      spell('c4', { arrivedOn: '2024-02-01', openedOn: '2024-03-20', cmRequired: false }),
      spell('c5', { spell: 2, arrivedOn: '2024-02-01', openedOn: '2024-03-15' }), // a re-opening
      spell('c6', { arrivedOn: '2024-01-01', openedOn: '2024-02-10' }), // started in February
      spell('c7', {
        arrivedOn: '2024-03-03',
        openedOn: '2024-03-03',
        cmTypes: [{ cmType: 'intensive', from: '2024-03-03' }],
      }), // same day: counts
    ];
    // c1 (generalist) and c7 (intensive).
    expect(indicatorA1(spells, march)).toEqual({ count: 2, byCmType: { generalist: 1, intensive: 1 } });
    // Within a month instead, c1 (two months after arrival) drops out.
    expect(indicatorA1(spells, march, 1).count).toBe(1);
  });

  it('A2 takes each returnee’s latest answer that says something', () => {
    const answer = (
      caseId: string,
      answeredOn: string,
      a: CaseworkerFeedback['answer'],
    ): CaseworkerFeedback => ({
      caseId,
      caseworkerId: 'cw1',
      answeredOn,
      answer: a,
    });
    const feedback = [
      answer('c1', '2024-03-03', 'satisfied'),
      answer('c1', '2024-03-20', 'dissatisfied'), // c1's latest: not satisfied
      answer('c2', '2024-03-05', 'very_satisfied'),
      answer('c3', '2024-03-06', 'dont_know'), // says nothing
      answer('c4', '2024-03-07', 'neutral'), // in the base, not satisfied
      answer('c5', '2024-02-20', 'satisfied'), // February
      answer('c6', '2024-03-01', 'satisfied'),
      answer('c6', '2024-03-25', 'declined'), // says nothing, so c6's satisfied stands
    ];
    // c1 no, c2 yes, c4 no, c6 yes: 2 of 4.
    expect(indicatorA2(feedback, march)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
  });

  it('B1 counts first spells needing case management by the type identified at intake', () => {
    const spells = [
      spell('c1', { openedOn: '2024-03-05' }),
      spell('c2', {
        openedOn: '2024-03-12',
        cmTypes: [
          { cmType: 'intensive', from: '2024-03-12' },
          { cmType: 'generalist', from: '2024-03-25' },
        ],
      }), // intensive at intake, whatever came after
      spell('c3', { openedOn: '2024-03-20', cmRequired: false }),
      spell('c4', { spell: 2, openedOn: '2024-03-08' }), // re-opening
      spell('c5', { openedOn: '2024-02-28' }),
    ];
    expect(indicatorB1(spells, march)).toEqual({ count: 2, byCmType: { generalist: 1, intensive: 1 } });
  });

  it('B2 counts open cases by their type at the end of the month, and the changes of type', () => {
    const spells = [
      spell('a', {
        cmTypes: [
          { cmType: 'generalist', from: '2024-01-02' },
          { cmType: 'intensive', from: '2024-03-10' },
        ],
      }), // intensive on 31 March, changed in March
      spell('b', { openedOn: '2024-02-01', closedOn: '2024-03-31' }), // closed that day: not open at its end
      spell('c', { openedOn: '2024-03-05' }), // generalist
      spell('d', {
        cmTypes: [
          { cmType: 'intensive', from: '2024-01-02' },
          { cmType: 'generalist', from: '2024-02-15' },
        ],
      }), // generalist; its change was in February
      spell('e', { cmRequired: false }),
      spell('f', { openedOn: '2024-04-01' }),
    ];
    // a intensive; c and d generalist.
    expect(indicatorB2(spells, march)).toEqual({
      day: '2024-03-31',
      total: 3,
      byCmType: { generalist: 2, intensive: 1 },
      changes: [{ from: 'generalist', to: 'intensive', count: 1 }],
    });
  });

  it('B3 divides a month’s meetings by the cases that had that CM type in the month', () => {
    const spells = [
      spell('x'),
      spell('y', {
        cmTypes: [
          { cmType: 'generalist', from: '2024-01-02' },
          { cmType: 'intensive', from: '2024-03-16' },
        ],
      }),
      spell('z', { openedOn: '2024-03-20', cmTypes: [{ cmType: 'intensive', from: '2024-03-20' }] }),
      spell('w', { closedOn: '2024-02-28' }), // not open in March
    ];
    const meetings = [
      meeting('x', '2024-03-02'),
      meeting('x', '2024-03-09'),
      meeting('x', '2024-03-20', { format: 'in_person' }),
      meeting('y', '2024-03-10'),
      meeting('y', '2024-03-18', { format: 'in_person', cmTypeAtTime: 'intensive' }),
      meeting('z', '2024-03-21', { cmTypeAtTime: 'intensive' }),
      meeting('z', '2024-03-28', { cmTypeAtTime: 'intensive' }),
      meeting('x', '2024-02-28'), // February
    ];
    // Generalist cases in March: x, y (2). Intensive: y, z (2).
    // Generalist phone 3 (x twice, y once) → 1.5; in person 1 → 0.5; intensive in person 1 → 0.5; phone 2 → 1.
    expect(indicatorB3(meetings, spells, march)).toEqual([
      { cmType: 'generalist', format: 'in_person', meetings: 1, cases: 2, perCase: 0.5 },
      { cmType: 'generalist', format: 'phone', meetings: 3, cases: 2, perCase: 1.5 },
      { cmType: 'intensive', format: 'in_person', meetings: 1, cases: 2, perCase: 0.5 },
      { cmType: 'intensive', format: 'phone', meetings: 2, cases: 2, perCase: 1 },
    ]);
  });

  it('B4 averages the days from opening to closure of the spells closed in the period', () => {
    const spells = [
      spell('p', { openedOn: '2024-01-01', closedOn: '2024-01-31' }), // 30 days
      spell('q', { openedOn: '2023-12-01', closedOn: '2024-02-09' }), // 31 + 31 + 8 = 70 days
      spell('r', {
        openedOn: '2024-01-10',
        closedOn: '2024-03-30',
        cmTypes: [{ cmType: 'intensive', from: '2024-01-10' }],
      }), // 31 + 29 (leap February) + 20 = 80 days
      spell('s', { openedOn: '2024-01-05', closedOn: '2024-04-02' }), // closed after the quarter
      spell('t', { openedOn: '2024-01-05', closedOn: '2024-02-01', cmRequired: false }),
    ];
    // (30 + 70 + 80) ÷ 3 = 60, median 70; generalist 30 and 70, intensive 80.
    const b4 = indicatorB4(spells, q1);
    expect(b4).toMatchObject({ cases: 3, meanDays: 60, medianDays: 70 });
    expect(b4.byCmType.generalist).toMatchObject({ cases: 2, meanDays: 50, medianDays: 50 });
    expect(b4.byCmType.intensive).toMatchObject({ cases: 1, meanDays: 80, medianDays: 80 });
  });

  it('B5 and B6 count family interactions and home visits per caseworker in post', () => {
    const meetings = [
      meeting('a', '2024-03-03', { withFamily: true }),
      meeting('a', '2024-03-04', { meetingType: 'family_mediation' }),
      meeting('b', '2024-03-10', {
        caseworkerId: 'cw2',
        withFamily: true,
        homeVisit: true,
        format: 'in_person',
      }),
      meeting('b', '2024-03-11', { caseworkerId: 'cw2', homeVisit: true, format: 'in_person' }),
      meeting('a', '2024-03-12'),
      meeting('b', '2024-02-27', { caseworkerId: 'cw2', withFamily: true }), // February
    ];
    const roster = ['cw1', 'cw2', 'cw3'];
    // Family: cw1 two (family present, mediation), cw2 one: 3 over 3 caseworkers, cw3 none.
    expect(indicatorB5(meetings, roster, march)).toEqual({
      numerator: 3,
      denominator: 3,
      value: 1,
      byCaseworker: { cw1: 2, cw2: 1, cw3: 0 },
    });
    // Home visits: cw2's two, over 3 caseworkers.
    const b6 = indicatorB6(meetings, roster, march);
    expect(b6).toMatchObject({ numerator: 2, denominator: 3, byCaseworker: { cw1: 0, cw2: 2, cw3: 0 } });
    expect(b6.value).toBeCloseTo(2 / 3, 10);
  });

  it('C1 gives open cases per caseworker at the month end, by caseworker and CM type', () => {
    const intensive = [{ cmType: 'intensive' as const, from: '2024-01-02' }];
    const spells = [
      spell('g1'),
      spell('g2'),
      spell('g3'),
      spell('i1', { cmTypes: intensive }),
      spell('g4', { caseworkerId: 'cw2' }),
      spell('u1', { caseworkerId: null }), // unassigned, still the team's
      spell('gone', { closedOn: '2024-03-31' }),
      spell('nocm', { caseworkerId: 'cw2', cmRequired: false }),
    ];
    // Open: g1–g3, i1 (cw1), g4 (cw2), u1 = 6 over 2 caseworkers = 3 → 1:3.
    // By type, over those carrying it: generalist 3 + 1 = 4 over 2; intensive 1 over 1.
    expect(indicatorC1(spells, ['cw1', 'cw2'], '2024-03-31')).toEqual({
      day: '2024-03-31',
      openCases: 6,
      unassigned: 1,
      caseworkers: 2,
      casesPerCaseworker: 3,
      ratio: '1:3',
      byCaseworker: [
        { caseworkerId: 'cw1', openCases: 4, byCmType: { generalist: 3, intensive: 1 } },
        { caseworkerId: 'cw2', openCases: 1, byCmType: { generalist: 1, intensive: 0 } },
      ],
      byCmType: {
        generalist: { openCases: 4, caseworkers: 2, casesPerCaseworker: 2 },
        intensive: { openCases: 1, caseworkers: 1, casesPerCaseworker: 1 },
      },
    });
  });

  it('C2 counts complaints about caseworkers per caseworker, those about assistance apart', () => {
    const complaint = (over: Partial<Complaint>): Complaint => ({
      caseId: 'c',
      caseworkerId: 'cw1',
      channel: 'hotline',
      about: 'caseworker',
      receivedOn: '2024-03-02',
      status: 'open',
      resolvedOn: null,
      ...over,
    });
    const complaints = [
      complaint({}),
      complaint({ channel: 'in_person', receivedOn: '2024-03-15' }),
      complaint({
        caseworkerId: 'cw2',
        receivedOn: '2024-03-20',
        status: 'resolved',
        resolvedOn: '2024-03-22',
      }),
      complaint({ caseworkerId: 'cw3', about: 'assistance', receivedOn: '2024-03-05' }),
      complaint({ caseworkerId: 'cw3', receivedOn: '2024-02-28' }), // February
    ];
    // About caseworkers in March: cw1 two, cw2 one; 3 over 3 in post; one about the assistance.
    expect(indicatorC2(complaints, ['cw1', 'cw2', 'cw3'], march)).toEqual({
      numerator: 3,
      denominator: 3,
      value: 1,
      byCaseworker: { cw1: 2, cw2: 1, cw3: 0 },
      aboutAssistance: 1,
    });
  });

  it('C3 gives the share of business plans with the caseworker’s recommendation recorded', () => {
    const plan = (
      planApprovedOn: string,
      recommendedType: BusinessType | null,
      chosenType: BusinessType | null,
    ) => ({
      caseId: planApprovedOn,
      caseworkerId: 'cw1',
      planApprovedOn,
      recommendedType,
      chosenType,
    });
    const plans = [
      plan('2024-01-15', 'crafts_and_manufacturing', 'crafts_and_manufacturing'),
      plan('2024-02-10', 'agriculture', 'trade'),
      plan('2024-03-01', null, 'trade'),
      plan('2024-03-20', 'trade', 'trade'),
      plan('2024-03-25', null, null), // neither recorded: no recommendation
      plan('2024-04-02', 'trade', 'trade'), // after the quarter
    ];
    // 3 of the quarter's 5 plans carry a recommendation; 2 of those 3 were followed.
    const c3 = indicatorC3(plans, q1);
    expect(c3).toMatchObject({ numerator: 3, denominator: 5, value: 0.6 });
    expect(c3.followed).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('C4 gives the share of staff answers that agree they manage work-related stress', () => {
    const response = (respondedOn: string, answer: WellbeingResponse['answer']): WellbeingResponse => ({
      respondedOn,
      answer,
      mission: 'GN',
      office: 'Conakry',
      caseworkerId: null,
    });
    const responses = [
      response('2024-05-02', 'strongly_agree'),
      response('2024-05-02', 'agree'),
      response('2024-05-03', 'neutral'),
      response('2024-05-03', 'disagree'),
      response('2024-05-04', 'declined'), // not an answer
      response('2023-12-15', 'agree'), // last year's survey
    ];
    // 2 agreeing of 4 answers in 2024.
    expect(indicatorC4(responses, { from: '2024-01-01', to: '2024-12-31' })).toEqual({
      numerator: 2,
      denominator: 4,
      value: 0.5,
    });
  });
});

describe('process indicators (Recommendation 9)', () => {
  it('P1 gives meetings per case open in the month', () => {
    const spells = [
      spell('a'),
      spell('b', { openedOn: '2024-03-20' }),
      spell('c', { closedOn: '2024-02-10' }),
      spell('d', { cmRequired: false }),
    ];
    const meetings = [
      meeting('a', '2024-03-01'),
      meeting('a', '2024-03-08'),
      meeting('a', '2024-03-15'),
      meeting('b', '2024-03-21'),
      meeting('d', '2024-03-05'), // not a case management case
      meeting('d', '2024-03-06'),
      meeting('a', '2024-04-01'), // April
    ];
    // a and b are open in March; 3 + 1 = 4 meetings over 2 cases.
    expect(indicatorP1(meetings, spells, march)).toEqual({ numerator: 4, denominator: 2, value: 2 });
  });

  it('P2 counts meetings by type and format', () => {
    const meetings = [
      meeting('a', '2024-03-01'),
      meeting('a', '2024-03-08'),
      meeting('b', '2024-03-09', { format: 'in_person' }),
      meeting('c', '2024-03-10', { meetingType: 'intake', format: 'in_person' }),
      meeting('a', '2024-02-01'),
    ];
    expect(indicatorP2(meetings, march)).toEqual([
      { meetingType: 'follow_up', format: 'in_person', count: 1 },
      { meetingType: 'follow_up', format: 'phone', count: 2 },
      { meetingType: 'intake', format: 'in_person', count: 1 },
    ]);
  });

  it('P3 follows cases per caseworker from one month end to the next', () => {
    const spells = [
      spell('a1'),
      spell('a2'),
      spell('b1', { caseworkerId: 'cw2' }),
      spell('b2', { caseworkerId: 'cw2' }),
      ...['n1', 'n2', 'n3', 'n4', 'n5'].map((id) =>
        spell(id, { openedOn: '2024-02-10', caseworkerId: 'cw3' }),
      ),
    ];
    // 31 January: 4 cases over 2 caseworkers = 2. 29 February: 9 over 3 = 3, up by 1.
    expect(
      indicatorP3(spells, [
        { day: '2024-01-31', caseworkers: ['cw1', 'cw2'] },
        { day: '2024-02-29', caseworkers: ['cw1', 'cw2', 'cw3'] },
      ]),
    ).toEqual([
      { day: '2024-01-31', openCases: 4, caseworkers: 2, casesPerCaseworker: 2, change: null },
      { day: '2024-02-29', openCases: 9, caseworkers: 3, casesPerCaseworker: 3, change: 1 },
    ]);
  });

  it('P4 gives the share of referrals the partner answered within the answer time', () => {
    const referrals = [
      referral('r1', { sentOn: '2024-02-25', firstPartnerUpdateOn: '2024-03-01' }), // due 3 March, answered
      referral('r2', { sentOn: '2024-03-10', firstPartnerUpdateOn: '2024-03-18' }), // due 17 March, late
      referral('r3', { sentOn: '2024-03-20' }), // due 27 March, silent
      referral('r4', { sentOn: '2024-03-28' }), // due 4 April: next month's
      referral('r5', { sentOn: null, status: 'draft' }),
      referral('r6', { sentOn: '2024-02-20' }), // due 27 February
    ];
    // Due in March: r1, r2, r3; answered in time: r1.
    const p4 = indicatorP4(referrals, march);
    expect(p4).toMatchObject({ numerator: 1, denominator: 3 });
  });
});

describe('RSS outcome indicator', () => {
  it('O1 gives the share at or above 0.5 at each returnee’s latest round, by sex, age band and vulnerability', () => {
    const result = (
      caseId: string,
      kind: RssResult['kind'],
      completedOn: string,
      composite: number | null,
    ) => ({
      caseId,
      kind,
      completedOn,
      composite,
    });
    const results: RssResult[] = [
      result('c1', 'interim', '2024-05-10', 0.62),
      result('c1', 'endline', '2024-06-20', 0.48), // c1's latest: below
      result('c2', 'interim', '2024-04-05', 0.5), // at the threshold: reached
      result('c3', 'baseline', '2024-05-01', 0.9), // baseline: left out
      result('c4', 'interim', '2024-06-01', null), // not scored
      result('c5', 'endline', '2024-03-30', 0.7), // before the quarter
      result('c6', 'interim', '2024-05-02', 0.3),
      result('c7', 'ad_hoc', '2024-06-30', 0.75), // no case record: unknown everything
    ];
    const spells = [
      spell('c1', { sex: 'female', birthYear: 1990, arrivedOn: '2023-06-01', vulnerable: true }), // 33: 25-34
      spell('c2', { sex: 'male', birthYear: 2007, arrivedOn: '2023-12-01' }), // 16: 12-17
      spell('c6', { sex: 'male', birthYear: 1970, arrivedOn: '2023-09-01', vulnerable: true }), // 53: 50+
      spell('c6', { spell: 2, sex: 'female', birthYear: 2000 }), // a re-opening: the first spell speaks
    ];
    const q2 = { from: '2024-04-01', to: '2024-06-30' };
    // Scored: c1 (0.48), c2 (0.5), c6 (0.3), c7 (0.75): c2 and c7 reach 0.5, 2 of 4.
    expect(indicatorO1(results, spells, q2)).toEqual({
      overall: { numerator: 2, denominator: 4, value: 0.5 },
      bySex: [
        { key: 'female', numerator: 0, denominator: 1 },
        { key: 'male', numerator: 1, denominator: 2 },
        { key: 'unknown', numerator: 1, denominator: 1 },
      ],
      byAgeBand: [
        { key: '12-17', numerator: 1, denominator: 1 },
        { key: '25-34', numerator: 0, denominator: 1 },
        { key: '50+', numerator: 0, denominator: 1 },
        { key: 'unknown', numerator: 1, denominator: 1 },
      ],
      byVulnerability: [
        { key: 'vulnerable', numerator: 0, denominator: 2 },
        { key: 'not_vulnerable', numerator: 1, denominator: 1 },
        { key: 'unknown', numerator: 1, denominator: 1 },
      ],
    });
    // At 0.6 only c7 reaches it.
    expect(indicatorO1(results, spells, q2, 0.6).overall).toMatchObject({ numerator: 1, denominator: 4 });
  });
});

describe('referral indicators', () => {
  it('R1 counts referrals sent in the period by partner, service and status', () => {
    const referrals = [
      referral('r1', { status: 'completed' }),
      referral('r2', { status: 'declined', sentOn: '2024-03-05' }),
      referral('r3', { partnerId: 'P2', service: 'tvet', sentOn: '2024-03-09' }),
      referral('r4', { partnerId: 'P2', service: 'housing', sentOn: '2024-02-20' }), // February
      referral('r5', { status: 'draft', sentOn: null }),
    ];
    expect(indicatorR1(referrals, march)).toEqual({
      total: 3,
      byPartner: { P1: 2, P2: 1 },
      byService: { health: 2, tvet: 1 },
      byStatus: { completed: 1, declined: 1, sent: 1 },
    });
  });

  it('R2 and R3 give median days from sending to acceptance and to completion', () => {
    const referrals = [
      referral('r1', { sentOn: '2024-02-26', acceptedOn: '2024-03-01' }), // 4 days (29 February between)
      referral('r2', { sentOn: '2024-03-01', acceptedOn: '2024-03-03' }), // 2
      referral('r3', { sentOn: '2024-03-05', acceptedOn: '2024-03-15' }), // 10
      referral('r4', { sentOn: '2024-03-25', acceptedOn: '2024-04-02' }), // accepted in April
      referral('r5', { sentOn: '2024-01-10', acceptedOn: '2024-01-12', completedOn: '2024-03-10' }), // 60
      referral('r6', { sentOn: '2024-02-01', acceptedOn: '2024-02-05', completedOn: '2024-03-02' }), // 30
    ];
    // Accepted in March: 4, 2, 10 → median 4. Completed in March: 60 and 30 → median 45.
    expect(indicatorR2(referrals, march)).toEqual({ referrals: 3, days: [4, 2, 10], medianDays: 4 });
    expect(indicatorR3(referrals, march)).toEqual({ referrals: 2, days: [60, 30], medianDays: 45 });
  });

  it('R4 gives the share completed of the sent referrals that ended in the period', () => {
    const referrals = [
      referral('r1', { status: 'completed', completedOn: '2024-03-10' }),
      referral('r2', { status: 'completed', completedOn: '2024-03-12' }),
      referral('r3', { status: 'declined', closedOn: '2024-03-04' }),
      referral('r4', { status: 'not_delivered', closedOn: '2024-03-25' }),
      referral('r5', { status: 'cancelled', sentOn: null, closedOn: '2024-03-02' }), // a draft dropped
      referral('r6', { status: 'in_progress' }), // still open
      referral('r7', { status: 'completed', sentOn: '2024-01-05', completedOn: '2024-02-20' }), // ended in February
    ];
    // Ended in March: r1–r4; completed: r1, r2.
    expect(indicatorR4(referrals, march)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
  });

  it('R5 gives the share satisfied with the referred service among answers that say something', () => {
    const answered = (
      id: string,
      satisfaction: ReferralRecord['satisfaction'],
      satisfactionOn = '2024-03-15',
    ) => referral(id, { satisfaction, satisfactionOn });
    const referrals = [
      answered('r1', 'very_satisfied'),
      answered('r2', 'satisfied'),
      answered('r3', 'satisfied'),
      answered('r4', 'neutral'),
      answered('r5', 'dissatisfied'),
      answered('r6', 'dont_know'), // says nothing
      answered('r7', 'satisfied', '2024-02-15'), // February
      referral('r8'), // not asked
    ];
    // 3 satisfied of 5 answers.
    expect(indicatorR5(referrals, march)).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
  });
});

describe('catalogue', () => {
  it('defines every indicator once, each with a seed line, a function and known breakdowns and records', () => {
    const codes = indicatorCatalogue.map((d) => d.code);
    expect(codes).toEqual([
      'A1',
      'A2',
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
      'C1',
      'C2',
      'C3',
      'C4',
      'P1',
      'P2',
      'P3',
      'P4',
      'O1',
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
    ]);
    const functions: Record<string, unknown> = {
      indicatorA1,
      indicatorA2,
      indicatorB1,
      indicatorB2,
      indicatorB3,
      indicatorB4,
      indicatorB5,
      indicatorB6,
      indicatorC1,
      indicatorC2,
      indicatorC3,
      indicatorC4,
      indicatorP1,
      indicatorP2,
      indicatorP3,
      indicatorP4,
      indicatorO1,
      indicatorR1,
      indicatorR2,
      indicatorR3,
      indicatorR4,
      indicatorR5,
    };
    for (const d of indicatorCatalogue) {
      expect(d.seedRef).toMatch(/seed-00\d/);
      expect(typeof functions[d.computedBy]).toBe('function');
      expect(d.disaggregations.every((x) => (disaggregations as readonly string[]).includes(x))).toBe(true);
      expect(d.sources.every((s) => (sourceRecords as readonly string[]).includes(s.record))).toBe(true);
      // A count has no denominator; everything else says what it divides by.
      expect(d.denominator === null).toBe(d.kind === 'count');
    }
    // Staff answers are anonymous by default: never broken down by caseworker.
    expect(indicatorCatalogue.find((d) => d.code === 'C4')?.disaggregations).not.toContain('caseworker');
  });
});

describe('shown figures', () => {
  it('withholds counts, rates and shares resting on fewer than the minimum', () => {
    expect(countFigure(0).withheld).toBe(true);
    expect(countFigure(5)).toEqual({ value: 5, numerator: 5, denominator: null, withheld: false });
    expect(rateFigure(3, 10).value).toBeNull(); // 3 meetings: too few
    expect(rateFigure(12, 6)).toEqual({ value: 2, numerator: 12, denominator: 6, withheld: false });
    expect(shareFigure(5, 10).value).toBe(0.5);
    // 96 of 100 would tell that 4 were not: withheld too.
    expect(shareFigure(96, 100)).toEqual({ value: null, numerator: null, denominator: null, withheld: true });
    expect(shareFigure(4, 100).withheld).toBe(true);
    // With no minimum, an empty base shows no value but is not withheld.
    expect(shareFigure(0, 0, 0)).toEqual({ value: null, numerator: 0, denominator: 0, withheld: false });
    // 120 days over 6 closed cases: 20 days each; over 4 cases, too few to show.
    expect(meanFromTotals(120, 6)).toEqual({ value: 20, numerator: 120, denominator: 6, withheld: false });
    expect(meanFromTotals(120, 4).withheld).toBe(true);
    expect(meanFromTotals(0, 0, 0).withheld).toBe(true);
  });

  it('computes means, medians, ratios and age bands', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5); // the two middle values, 2 and 3
    expect(formatRatio(27)).toBe('1:27');
    expect(formatRatio(28.95)).toBe('1:29');
    expect(formatRatio(2.5, 1)).toBe('1:2.5');
    expect(() => formatRatio(Number.NaN)).toThrow(RangeError);
    expect(ageBandOrUnknown(null)).toBe('unknown');
    expect(ageBandOrUnknown(-1)).toBe('unknown');
    expect(ageBandOrUnknown(11)).toBe('0-11');
    expect(ageBandOrUnknown(17)).toBe('12-17');
    expect(ageBandOrUnknown(18)).toBe('18-24');
    expect(ageBandOrUnknown(70)).toBe('50+');
  });

  it('withholds a second cell so the first cannot be had by subtraction', () => {
    // 3 is below 5; alone it would be 44 − 12 − 9 − 20. The smallest other cell, 9, goes with it:
    // the two together hold 12, which could be split many ways.
    expect(suppressCounts([12, 3, 9, 20])).toEqual({ cells: [12, null, null, 20], total: 44 });
    // Two zeros together hold nothing, so both would be known: a third cell (7) goes.
    expect(suppressCounts([0, 0, 7, 8])).toEqual({ cells: [null, null, null, 8], total: 15 });
    // A total below the minimum is withheld with everything in it.
    expect(suppressCounts([2, 2])).toEqual({ cells: [null, null], total: null });
    expect(suppressCounts([7])).toEqual({ cells: [7], total: 7 });
  });

  it('protects both the numerators and the rests of a share broken down', () => {
    // Male 3 of 10 is below 5; unknown (6 of 12) is withheld with it: together 9 reached and 13 not.
    const shown = shareBreakdown([
      { key: 'female', numerator: 20, denominator: 40 },
      { key: 'male', numerator: 3, denominator: 10 },
      { key: 'unknown', numerator: 6, denominator: 12 },
    ]);
    expect(shown.overall).toEqual({ value: 29 / 62, numerator: 29, denominator: 62, withheld: false });
    expect(shown.groups.map((g) => g.figure.value)).toEqual([0.5, null, null]);
  });

  it('never shows a figure below the minimum, and never leaves a withheld cell alone against a total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(30), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 10 }),
        (counts, min) => {
          const { cells, total } = suppressCounts(counts, min);
          for (const c of cells) if (c !== null) expect(c).toBeGreaterThanOrEqual(min);
          if (total === null) return;
          expect(total).toBeGreaterThanOrEqual(min);
          const held = cells.filter((c) => c === null).length;
          // What subtraction gives: the sum of the withheld cells, S.
          const s = total - cells.reduce<number>((a, c) => a + (c ?? 0), 0);
          // Not recoverable: S is spread over two cells or more, and S ≥ min ≥ 1 means each could be 0 or S.
          if (held > 0) {
            expect(held).toBeGreaterThanOrEqual(2);
            expect(s).toBeGreaterThanOrEqual(min);
          }
        },
      ),
    );
  });

  it('keeps shares broken down safe: shown ones rest on enough people either way, withheld ones stay hidden', () => {
    const group = fc
      .tuple(fc.nat(25), fc.nat(25))
      .map(([reached, rest]) => ({ key: 'g', numerator: reached, denominator: reached + rest }));
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (groups, min) => {
          const shown = shareBreakdown(groups, min);
          for (const f of [shown.overall, ...shown.groups.map((g) => g.figure)]) {
            if (f.withheld) continue;
            expect(f.numerator).toBeGreaterThanOrEqual(min);
            expect((f.denominator ?? 0) - (f.numerator ?? 0)).toBeGreaterThanOrEqual(min);
          }
          if (shown.overall.withheld) return;
          const held = groups.filter((_, i) => shown.groups[i]?.figure.withheld);
          if (held.length === 0) return;
          expect(held.length).toBeGreaterThanOrEqual(2);
          expect(held.reduce((s, g) => s + g.numerator, 0)).toBeGreaterThanOrEqual(min);
          expect(held.reduce((s, g) => s + g.denominator - g.numerator, 0)).toBeGreaterThanOrEqual(min);
        },
      ),
    );
  });

  it('protects a two-way table along every row and column, totals included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(fc.array(fc.nat(20), { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 4,
          }),
        ),
        fc.integer({ min: 1, max: 6 }),
        (rows, min) => {
          const shown = suppressTable(rows, min);
          const full = rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
          full.push(full[0]?.map((_, j) => full.reduce((s, r) => s + (r[j] ?? 0), 0)) ?? []);
          for (const r of shown) for (const c of r) if (c !== null) expect(c).toBeGreaterThanOrEqual(min);
          const lines = [
            ...shown.map((r, i) => r.map((c, j) => ({ c, v: full[i]?.[j] ?? 0 }))),
            ...(shown[0] ?? []).map((_, j) =>
              shown.map((r, i) => ({ c: r[j] ?? null, v: full[i]?.[j] ?? 0 })),
            ),
          ];
          for (const line of lines) {
            const last = line[line.length - 1];
            if (!last || last.c === null) continue;
            const held = line.slice(0, -1).filter((x) => x.c === null);
            if (held.length === 0) continue;
            expect(held.length).toBeGreaterThanOrEqual(2);
            expect(held.reduce((s, x) => s + x.v, 0)).toBeGreaterThanOrEqual(min);
          }
        },
      ),
    );
  });

  it('decides withheld groups on every count of a group', () => {
    // [reached, rest]: the second group has only 2 not reached; the third goes with it.
    expect(
      withheldGroups([
        [10, 10],
        [8, 2],
        [6, 9],
      ]),
    ).toEqual({ groups: [false, true, true], total: false });
    expect(withheldGroups([[9]])).toEqual({ groups: [false], total: false });
    expect(withheldGroups([[3]])).toEqual({ groups: [true], total: true });
  });
});
