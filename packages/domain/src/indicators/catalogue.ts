// Every indicator the product reports, as data: what it counts, over what,
// how often, how it may be broken down and which records it needs. The
// Annex 2 indicators (seed-000 L867–L933) are the study's; the process
// indicators follow its Recommendation 9 (L733); the outcome indicator is
// the Handbook's (seed-002 L3554); the referral indicators answer the
// referrals study (seed-003). Where a seed leaves the denominator open,
// denominatorChoice says which one is used and why. `computedBy` names the
// reference function in this folder.

export const indicatorGroups = [
  'logframe',
  'cm_activity',
  'caseworker',
  'process',
  'outcome',
  'referral',
] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

export const indicatorKinds = ['count', 'rate', 'mean', 'median', 'ratio', 'share'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const indicatorFrequencies = ['monthly', 'quarterly', 'annual'] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];

/** The only ways a figure may be broken down. */
export const disaggregations = [
  'period',
  'mission',
  'office',
  'caseworker',
  'sex',
  'ageBand',
  'vulnerability',
  'country',
  'returnModality',
  'cmType',
  'format',
  'meetingType',
  'reason',
  'channel',
  'partner',
  'service',
  'status',
] as const;
export type Disaggregation = (typeof disaggregations)[number];

export const sourceRecords = [
  'cases',
  'meetings',
  'caseworker_feedback',
  'complaints',
  'business_recommendations',
  'wellbeing_survey',
  'rss_rounds',
  'referrals',
] as const;
export type SourceRecord = (typeof sourceRecords)[number];

export interface SourceNeed {
  record: SourceRecord;
  /** The fields of that record the indicator reads (records.ts). */
  fields: readonly string[];
}

export interface IndicatorDefinition {
  code: string;
  group: IndicatorGroup;
  titleKey: string;
  /** Where the seed states it. */
  seedRef: string;
  kind: IndicatorKind;
  /** What is counted, in words. */
  counts: string;
  numerator: string;
  /** Null for a count. */
  denominator: string | null;
  /** Which denominator, and why, where the seed leaves it open; null where the seed fixes it or there is none. */
  denominatorChoice: string | null;
  frequency: IndicatorFrequency;
  /** Why this frequency, with the seed line when the seed gives it. */
  frequencyNote: string;
  disaggregations: readonly Disaggregation[];
  sources: readonly SourceNeed[];
  /**
   * Small cells withheld (values.ts) when the figure reports on people: how
   * many returnees, what they or staff answered, how they fare. Workload and
   * activity figures for managers are shown in full: their use is to manage
   * each caseworker's work (L928–L929).
   */
  withholdSmallCells: boolean;
  computedBy: string;
}

const person = ['sex', 'ageBand', 'vulnerability'] as const;
const place = ['period', 'mission', 'office'] as const;
const spellFields = ['spell', 'openedOn', 'closedOn', 'cmRequired', 'cmTypes'] as const;

export const indicatorCatalogue: readonly IndicatorDefinition[] = [
  {
    code: 'A1',
    group: 'logframe',
    titleKey: 'indicators.A1.title',
    seedRef: 'seed-000 L905',
    kind: 'count',
    counts:
      'Returnees whose case management started in the period, on or after arrival and within the programme window after it (default 3 months, the seed’s example).',
    numerator:
      'First spells needing case management opened in the period, between arrival and arrival + window.',
    denominator: null,
    denominatorChoice: null,
    frequency: 'quarterly',
    frequencyNote:
      'A logframe indicator for donor reports; the seed leaves the time dimension to the project (L895).',
    disaggregations: [...place, 'cmType', ...person, 'country', 'returnModality'],
    sources: [{ record: 'cases', fields: [...spellFields, 'arrivedOn'] }],
    withholdSmallCells: true,
    computedBy: 'indicatorA1',
  },
  {
    code: 'A2',
    group: 'logframe',
    titleKey: 'indicators.A2.title',
    seedRef: 'seed-000 L906; Recommendation 4, L597',
    kind: 'share',
    counts:
      'Returnees’ satisfaction with their caseworker, asked apart from satisfaction with the assistance.',
    numerator: 'Returnees whose latest answer in the period is satisfied or very satisfied.',
    denominator: 'Returnees with an answer in the period other than don’t know or declined.',
    denominatorChoice:
      'Answers that say nothing are left out, as in the RSS; neutral answers stay in and count as not satisfied. One answer per returnee, the latest, so those asked twice do not weigh double.',
    frequency: 'quarterly',
    frequencyNote:
      'A logframe indicator; answers come with RSS and monitoring rounds (L906 "RSS and/or RA").',
    disaggregations: [...place, 'caseworker', ...person],
    sources: [
      { record: 'caseworker_feedback', fields: ['caseId', 'caseworkerId', 'answeredOn', 'answer'] },
      { record: 'cases', fields: ['sex', 'birthYear', 'vulnerable'] },
    ],
    withholdSmallCells: true,
    computedBy: 'indicatorA2',
  },
  {
    code: 'B1',
    group: 'cm_activity',
    titleKey: 'indicators.B1.title',
    seedRef: 'seed-000 L913',
    kind: 'count',
    counts:
      'Beneficiaries identified as requiring case management in the period, by the type identified then.',
    numerator:
      'First spells opened in the period with the case management gate passed, by the first CM type.',
    denominator: null,
    denominatorChoice: null,
    frequency: 'monthly',
    frequencyNote: 'Internal reporting "on a regular basis" (L910); monthly like the other B indicators.',
    disaggregations: [...place, 'cmType', ...person, 'country', 'returnModality'],
    sources: [{ record: 'cases', fields: spellFields }],
    withholdSmallCells: true,
    computedBy: 'indicatorB1',
  },
  {
    code: 'B2',
    group: 'cm_activity',
    titleKey: 'indicators.B2.title',
    seedRef: 'seed-000 L914–L916',
    kind: 'count',
    counts:
      'Returnees receiving each type of case management "at that moment": open at the end of the period’s last day, by their type that day; with the changes of type made in the period.',
    numerator: 'Spells needing case management open at the end of the last day, by CM type on that day.',
    denominator: null,
    denominatorChoice: null,
    frequency: 'monthly',
    frequencyNote: '"Recommended to be reported monthly to programme managers" (L916).',
    disaggregations: [...place, 'caseworker', 'cmType', ...person],
    sources: [{ record: 'cases', fields: [...spellFields, 'caseworkerId'] }],
    withholdSmallCells: true,
    computedBy: 'indicatorB2',
  },
  {
    code: 'B3',
    group: 'cm_activity',
    titleKey: 'indicators.B3.title',
    seedRef: 'seed-000 L917',
    kind: 'rate',
    counts: 'Meetings with returnees per case in a month, by CM type and meeting format.',
    numerator: 'Meetings held in the month, by the CM type at the time of the meeting and format.',
    denominator: 'Distinct cases needing case management that had that CM type on some day of the month.',
    denominatorChoice:
      'The seed says "Average number … per type of case management support" without saying over what. Cases with that type in the month, the same for every format, so a type’s formats add up to its meetings per case and the figure sets directly against the Annex 3 planned frequencies it exists to check.',
    frequency: 'monthly',
    frequencyNote: '"per month" (L917).',
    disaggregations: [...place, 'caseworker', 'cmType', 'format', 'meetingType', 'reason'],
    sources: [
      { record: 'meetings', fields: ['caseId', 'on', 'format', 'meetingType', 'reasons', 'cmTypeAtTime'] },
      { record: 'cases', fields: spellFields },
    ],
    withholdSmallCells: false,
    computedBy: 'indicatorB3',
  },
  {
    code: 'B4',
    group: 'cm_activity',
    titleKey: 'indicators.B4.title',
    seedRef: 'seed-000 L919',
    kind: 'mean',
    counts:
      'Days from the initial assessment after arrival to closure, for spells closed in the period; the median beside the mean.',
    numerator: 'Sum of the days from opening to closure of the spells closed in the period.',
    denominator: 'Spells needing case management closed in the period.',
    denominatorChoice:
      'Closed spells only: an open case has no duration yet. A re-opened case’s new spell is a duration of its own, since re-openings are counted apart (L910) and a closed period’s figure must not move later.',
    frequency: 'quarterly',
    frequencyNote:
      'The seed gives none; few cases close in an office in a month, and a quarter gives a mean on more than a handful.',
    disaggregations: [...place, 'caseworker', 'cmType', ...person, 'country'],
    sources: [{ record: 'cases', fields: [...spellFields, 'caseworkerId'] }],
    withholdSmallCells: true,
    computedBy: 'indicatorB4',
  },
  {
    code: 'B5',
    group: 'cm_activity',
    titleKey: 'indicators.B5.title',
    seedRef: 'seed-000 L920',
    kind: 'rate',
    counts: 'Caseworker interactions with returnees’ families, or family mediation, in the month.',
    numerator: 'Meetings in the month with family present or of the family mediation type.',
    denominator: 'Caseworkers in post in the month (headcount).',
    denominatorChoice:
      'The seed says "Average" with no denominator. Per caseworker, as B6, because the indicator tracks "how often case workers contact beneficiaries’ families"; from the staff list, so a caseworker with none counts as zero. Per case is B3 restricted to family meetings.',
    frequency: 'monthly',
    frequencyNote: '"Should be reported monthly" (L920).',
    disaggregations: [...place, 'caseworker', 'format'],
    sources: [{ record: 'meetings', fields: ['caseworkerId', 'on', 'meetingType', 'withFamily', 'format'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorB5',
  },
  {
    code: 'B6',
    group: 'cm_activity',
    titleKey: 'indicators.B6.title',
    seedRef: 'seed-000 L921',
    kind: 'rate',
    counts: 'Home visits conducted by caseworkers in the month.',
    numerator: 'Meetings in the month held at the returnee’s home.',
    denominator: 'Caseworkers in post in the month (headcount).',
    denominatorChoice:
      '"conducted by case workers per month": per caseworker, from the staff list; headcount since no seed gives FTE.',
    frequency: 'monthly',
    frequencyNote: '"per month" (L921).',
    disaggregations: [...place, 'caseworker'],
    sources: [{ record: 'meetings', fields: ['caseworkerId', 'on', 'homeVisit'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorB6',
  },
  {
    code: 'C1',
    group: 'caseworker',
    titleKey: 'indicators.C1.title',
    seedRef: 'seed-000 L928; Annex 3 L1059',
    kind: 'ratio',
    counts:
      'Open cases per caseworker at the end of the month, shown "1:N" as Annex 3 writes it, and each caseworker’s open cases by CM type.',
    numerator: 'Spells needing case management open at the end of the day, assigned or not.',
    denominator:
      'Caseworkers in post that day; by CM type, those carrying at least one open case of the type.',
    denominatorChoice:
      'Unassigned open cases stay in the numerator: they are the team’s work. By type, the caseworkers carrying that type, since a caseworker with none of a type carries no share of it.',
    frequency: 'monthly',
    frequencyNote: '"should be reported monthly" (L928).',
    disaggregations: [...place, 'caseworker', 'cmType'],
    sources: [{ record: 'cases', fields: [...spellFields, 'caseworkerId'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorC1',
  },
  {
    code: 'C2',
    group: 'caseworker',
    titleKey: 'indicators.C2.title',
    seedRef: 'seed-000 L929; Recommendation 4, L597',
    kind: 'rate',
    counts:
      'Complaints from beneficiaries about their caseworker received in the month, per caseworker and for each.',
    numerator: 'Complaints about a caseworker received in the month, by any channel.',
    denominator: 'Caseworkers in post in the month (headcount).',
    denominatorChoice:
      'Only complaints about the caseworker: Recommendation 4 keeps caseworker and assistance apart, and complaints about the assistance are given beside it as a count. The seed names the hotline (L929); other channels count too.',
    frequency: 'monthly',
    frequencyNote: '"This should be reported monthly" (L929).',
    disaggregations: [...place, 'caseworker', 'channel'],
    sources: [{ record: 'complaints', fields: ['caseworkerId', 'channel', 'about', 'receivedOn'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorC2',
  },
  {
    code: 'C3',
    group: 'caseworker',
    titleKey: 'indicators.C3.title',
    seedRef: 'seed-000 L930–L932',
    kind: 'share',
    counts:
      'Plans with a micro-business where the caseworker’s recommendation on the type of business is recorded; beside it, the share of recommendations followed.',
    numerator: 'Plans approved in the period with a micro-business and a recommended type recorded.',
    denominator: 'Plans approved in the period with a micro-business.',
    denominatorChoice:
      'The seed’s "Percentage of caseworker made recommendations" has no base; plans with a micro-business are where a recommendation can be made, and the seed’s aim is to set recommendations against business outcomes.',
    frequency: 'quarterly',
    frequencyNote: 'The seed gives none; plans with a business are approved a few at a time.',
    disaggregations: [...place, 'caseworker'],
    sources: [
      {
        record: 'business_recommendations',
        fields: ['caseworkerId', 'planApprovedOn', 'recommendedType', 'chosenType'],
      },
    ],
    withholdSmallCells: false,
    computedBy: 'indicatorC3',
  },
  {
    code: 'C4',
    group: 'caseworker',
    titleKey: 'indicators.C4.title',
    seedRef: 'seed-000 L933; Recommendation 7, L876',
    kind: 'share',
    counts: 'Caseworkers who report being able to manage work-related stress, from the workplace survey.',
    numerator: 'Answers in the period that agree or strongly agree.',
    denominator: 'Answers in the period other than declined.',
    denominatorChoice:
      'Respondents, not staff in post: the survey is voluntary. Anonymous by default, so never by caseworker; the seed’s "given to managers on their caseworkers" needs the programme to choose attributable answers.',
    frequency: 'annual',
    frequencyNote: '"a work-related survey that can be completed annually" (L933).',
    disaggregations: [...place],
    sources: [{ record: 'wellbeing_survey', fields: ['respondedOn', 'answer', 'mission', 'office'] }],
    withholdSmallCells: true,
    computedBy: 'indicatorC4',
  },
  {
    code: 'P1',
    group: 'process',
    titleKey: 'indicators.P1.title',
    seedRef: 'seed-000 L733 "average number of interactions/ follow-ups per case"',
    kind: 'rate',
    counts: 'Interactions per case in the month, all types together.',
    numerator: 'Meetings in the month on cases needing case management.',
    denominator: 'Distinct cases needing case management open on some day of the month.',
    denominatorChoice: 'As B3, without the split by type: cases open in the month, whether met or not.',
    frequency: 'monthly',
    frequencyNote: 'Set beside B3, which is monthly (L917).',
    disaggregations: [...place, 'caseworker', 'cmType'],
    sources: [
      { record: 'meetings', fields: ['caseId', 'on'] },
      { record: 'cases', fields: spellFields },
    ],
    withholdSmallCells: false,
    computedBy: 'indicatorP1',
  },
  {
    code: 'P2',
    group: 'process',
    titleKey: 'indicators.P2.title',
    seedRef: 'seed-000 L733 "types of interactions/ follow-ups"',
    kind: 'count',
    counts: 'Meetings in the month by type of meeting and format.',
    numerator: 'Meetings in the month, by type and format.',
    denominator: null,
    denominatorChoice: null,
    frequency: 'monthly',
    frequencyNote: 'Set beside B3 (L917).',
    disaggregations: [...place, 'caseworker', 'meetingType', 'format', 'reason'],
    sources: [{ record: 'meetings', fields: ['on', 'meetingType', 'format', 'reasons'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorP2',
  },
  {
    code: 'P3',
    group: 'process',
    titleKey: 'indicators.P3.title',
    seedRef: 'seed-000 L733 "caseload variations"',
    kind: 'ratio',
    counts: 'C1 at each month end, with its change from the month before.',
    numerator: 'As C1.',
    denominator: 'As C1.',
    denominatorChoice: null,
    frequency: 'monthly',
    frequencyNote: 'C1 is monthly (L928).',
    disaggregations: [...place, 'cmType'],
    sources: [{ record: 'cases', fields: [...spellFields, 'caseworkerId'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorP3',
  },
  {
    code: 'P4',
    group: 'process',
    titleKey: 'indicators.P4.title',
    seedRef: 'seed-000 L733 "feedback from referral organizations"; seed-003 PP3',
    kind: 'share',
    counts: 'Referrals the partner answered or updated within the answer time.',
    numerator: 'Referrals due an answer in the period with a partner answer or update by the due day.',
    denominator: 'Referrals whose answer fell due in the period (sent + answer time, default 7 days).',
    denominatorChoice:
      'By the day the answer fell due, not the day sent: every referral in a closed period has had its full time, so the figure is final. The 7 days are the routine answer time of the referral follow-up.',
    frequency: 'monthly',
    frequencyNote: 'Referrals are monitored "monthly or quarterly" (seed-002 L3616).',
    disaggregations: [...place, 'partner', 'service'],
    sources: [{ record: 'referrals', fields: ['partnerId', 'service', 'sentOn', 'firstPartnerUpdateOn'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorP4',
  },
  {
    code: 'O1',
    group: 'outcome',
    titleKey: 'indicators.O1.title',
    seedRef: 'seed-002 L3554, L3638, L3644–L3655',
    kind: 'share',
    counts:
      'Returnees whose composite reintegration score is 0.5 or above at their latest scored round in the period, baseline rounds aside.',
    numerator:
      'Returnees whose latest non-baseline composite score in the period is at or above the threshold (0.5).',
    denominator: 'Returnees with a non-baseline round scored in the period.',
    denominatorChoice:
      'The Handbook counts "the number of returnees" (L3554); a share of those scored lets offices and months be compared, and the number is the numerator. Baseline rounds (month 0–1, L3638) come before the assistance they would judge.',
    frequency: 'quarterly',
    frequencyNote:
      'Rounds fall 4–6 months after assistance (L3554) and at 6–9 and 12–18 months (L3638), all year round.',
    disaggregations: [...place, ...person, 'country', 'returnModality'],
    sources: [
      { record: 'rss_rounds', fields: ['caseId', 'kind', 'completedOn', 'composite'] },
      { record: 'cases', fields: ['spell', 'arrivedOn', 'sex', 'birthYear', 'vulnerable'] },
    ],
    withholdSmallCells: true,
    computedBy: 'indicatorO1',
  },
  {
    code: 'R1',
    group: 'referral',
    titleKey: 'indicators.R1.title',
    seedRef: 'seed-000 L733, L910; seed-002 L3616',
    kind: 'count',
    counts: 'Referrals sent in the period, by partner, service and current status.',
    numerator: 'Referrals with a sending day in the period.',
    denominator: null,
    denominatorChoice: null,
    frequency: 'monthly',
    frequencyNote: '"monthly or quarterly" (seed-002 L3616).',
    disaggregations: [...place, 'partner', 'service', 'status'],
    sources: [{ record: 'referrals', fields: ['partnerId', 'service', 'status', 'sentOn'] }],
    withholdSmallCells: true,
    computedBy: 'indicatorR1',
  },
  {
    code: 'R2',
    group: 'referral',
    titleKey: 'indicators.R2.title',
    seedRef: 'seed-003 L320, L328',
    kind: 'median',
    counts: 'Days from sending a referral to the partner accepting it.',
    numerator: 'Median of the days from sent to accepted.',
    denominator: 'Referrals accepted in the period.',
    denominatorChoice:
      'By the day of acceptance, so a closed period does not change as late answers arrive. A median, as a few referrals waiting months would pull a mean far from the usual wait.',
    frequency: 'monthly',
    frequencyNote: '"monthly or quarterly" (seed-002 L3616).',
    disaggregations: [...place, 'partner', 'service'],
    sources: [{ record: 'referrals', fields: ['partnerId', 'service', 'sentOn', 'acceptedOn'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorR2',
  },
  {
    code: 'R3',
    group: 'referral',
    titleKey: 'indicators.R3.title',
    seedRef: 'seed-003 L320, L336',
    kind: 'median',
    counts: 'Days from sending a referral to the service being completed.',
    numerator: 'Median of the days from sent to completed.',
    denominator: 'Referrals completed in the period.',
    denominatorChoice: 'By the day of completion, as R2.',
    frequency: 'monthly',
    frequencyNote: '"monthly or quarterly" (seed-002 L3616).',
    disaggregations: [...place, 'partner', 'service'],
    sources: [{ record: 'referrals', fields: ['partnerId', 'service', 'sentOn', 'completedOn'] }],
    withholdSmallCells: false,
    computedBy: 'indicatorR3',
  },
  {
    code: 'R4',
    group: 'referral',
    titleKey: 'indicators.R4.title',
    seedRef: 'seed-003 PP3, L476',
    kind: 'share',
    counts: 'Referrals that ended completed.',
    numerator: 'Sent referrals completed in the period.',
    denominator: 'Sent referrals that ended in the period: completed, declined, not delivered or cancelled.',
    denominatorChoice:
      'Ended referrals only: open ones have no outcome yet and would make the latest months look worst. Drafts never sent never reached a partner.',
    frequency: 'monthly',
    frequencyNote: '"monthly or quarterly" (seed-002 L3616).',
    disaggregations: [...place, 'partner', 'service'],
    sources: [
      {
        record: 'referrals',
        fields: ['partnerId', 'service', 'status', 'sentOn', 'completedOn', 'closedOn'],
      },
    ],
    withholdSmallCells: false,
    computedBy: 'indicatorR4',
  },
  {
    code: 'R5',
    group: 'referral',
    titleKey: 'indicators.R5.title',
    seedRef: 'seed-003 L109, L362',
    kind: 'share',
    counts: 'Returnees satisfied with the service they were referred to.',
    numerator: 'Answers in the period that are satisfied or very satisfied.',
    denominator: 'Answers in the period other than don’t know or declined, one per referral.',
    denominatorChoice: 'As A2: answers that say nothing are left out; neutral ones count as not satisfied.',
    frequency: 'monthly',
    frequencyNote: '"monthly or quarterly" (seed-002 L3616).',
    disaggregations: [...place, 'partner', 'service', ...person],
    sources: [{ record: 'referrals', fields: ['partnerId', 'service', 'satisfaction', 'satisfactionOn'] }],
    withholdSmallCells: true,
    computedBy: 'indicatorR5',
  },
];

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return indicatorCatalogue.find((d) => d.code === code);
}
