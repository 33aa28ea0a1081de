// The feasibility grid of the Reintegration Handbook, Annex 5 (seed-002
// L6802-L6843): 29 approaches by dimension, each with the individual,
// community and structural criteria a caseworker checks before choosing it.
// Texts are the Handbook's (English); other languages fall back to them.
// Ids (FG01…, FG01-i1…) are ours, stable for answers stored on plans.
import type { Texts } from '../rss/instrument.ts';

export const criterionLevels = ['individual', 'community', 'structural'] as const;
export type CriterionLevel = (typeof criterionLevels)[number];

export interface FeasibilityCriterion {
  id: string;
  level: CriterionLevel;
  text: Texts;
}

export interface FeasibilityApproach {
  id: string;
  dimension: 'economic' | 'social' | 'psychosocial';
  approach: Texts;
  /** The needs the approach answers ("Useful for"). */
  usefulFor: Texts;
  criteria: readonly FeasibilityCriterion[];
}

export const feasibilityGrid: readonly FeasibilityApproach[] = [
  {
    id: 'FG01',
    dimension: 'economic',
    approach: { en: 'Cash-based assistance.' },
    usefulFor: {
      en: 'High level of non-productive debt; lack or insufficiency of income-generating activity; acute vulnerabilities; remote locations or where access is limited.',
    },
    criteria: [
      {
        id: 'FG01-i1',
        level: 'individual',
        text: {
          en: 'The respondent has pressing and immediate vulnerabilities relative to his or her community.',
        },
      },
      {
        id: 'FG01-i2',
        level: 'individual',
        text: { en: 'Providing cash-based assistance would not pose a protection risk to the individual.' },
      },
      {
        id: 'FG01-i3',
        level: 'individual',
        text: {
          en: 'Cash-based assistance will be of sufficient value to enable the returnee to escape their cycle of debt.',
        },
      },
      {
        id: 'FG01-c1',
        level: 'community',
        text: { en: 'Other members of the community are receiving cash-based assistance.' },
      },
      {
        id: 'FG01-c2',
        level: 'community',
        text: {
          en: 'There is low risk of tension between returnees and non-returnees over receipt of cash-based assistance.',
        },
      },
      {
        id: 'FG01-s1',
        level: 'structural',
        text: { en: 'There is infrastructure to safely deliver cash-based assistance (such as SIM cards).' },
      },
    ],
  },
  {
    id: 'FG02',
    dimension: 'economic',
    approach: { en: 'Providing non-cash assistance.' },
    usefulFor: {
      en: 'High level of non-productive debt; lack or insufficiency of income-generating activity.',
    },
    criteria: [
      {
        id: 'FG02-i1',
        level: 'individual',
        text: { en: 'The respondent has pressing and immediate needs relative to his or her community.' },
      },
      {
        id: 'FG02-i2',
        level: 'individual',
        text: { en: 'Providing in-kind aid would not pose a protection risk to the individual.' },
      },
      {
        id: 'FG02-c1',
        level: 'community',
        text: { en: 'Other members of the community are receiving in-kind assistance.' },
      },
      {
        id: 'FG02-c2',
        level: 'community',
        text: {
          en: 'There is little tension between returnees and non-returnees over receipt of such assistance.',
        },
      },
      {
        id: 'FG02-s1',
        level: 'structural',
        text: { en: 'It is safe to purchase specific forms of assistance on behalf of beneficiaries.' },
      },
      {
        id: 'FG02-s2',
        level: 'structural',
        text: {
          en: 'Partners from whom goods are purchased can be relied upon without concerns of corruption or misuse of funds.',
        },
      },
    ],
  },
  {
    id: 'FG03',
    dimension: 'economic',
    approach: { en: 'Job placement.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      { id: 'FG03-i1', level: 'individual', text: { en: 'The respondent has relevant job skills.' } },
      {
        id: 'FG03-i2',
        level: 'individual',
        text: { en: 'The respondent is interested in receiving a job placement.' },
      },
      { id: 'FG03-i3', level: 'individual', text: { en: 'They have access to job markets and job sites.' } },
      { id: 'FG03-c1', level: 'community', text: { en: 'Employment is high in the area.' } },
      { id: 'FG03-c2', level: 'community', text: { en: 'There are employers that are looking to hire.' } },
      {
        id: 'FG03-c3',
        level: 'community',
        text: { en: 'There are main industries of employment in the community and nearby areas.' },
      },
      {
        id: 'FG03-s1',
        level: 'structural',
        text: {
          en: 'There is a job placement scheme in the country that the respondent can participate in.',
        },
      },
    ],
  },
  {
    id: 'FG04',
    dimension: 'economic',
    approach: { en: 'Business Development Support.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      {
        id: 'FG04-i1',
        level: 'individual',
        text: {
          en: 'The beneficiary has a genuine commitment to the business approach, and the basic capacity and skills to run a sustainable business.',
        },
      },
      {
        id: 'FG04-i2',
        level: 'individual',
        text: { en: 'The beneficiary has a feasible and market-oriented business plan.' },
      },
      {
        id: 'FG04-c1',
        level: 'community',
        text: {
          en: 'The foreseeable impact of the business on the local community and market system is positive or neutral.',
        },
      },
      {
        id: 'FG04-c2',
        level: 'community',
        text: { en: 'There is a sufficient market for the business to succeed in the community.' },
      },
      { id: 'FG04-c3', level: 'community', text: { en: 'Not many similar businesses already exist.' } },
      {
        id: 'FG04-c4',
        level: 'community',
        text: { en: "The business does not adversely impact the community's natural environment. ¹⁰²" },
      },
      {
        id: 'FG04-c5',
        level: 'community',
        text: {
          en: 'The business does not pose environmental risks for the community (such as unsustainable use of natural resource inputs, waste management, pollution).',
        },
      },
      {
        id: 'FG04-c6',
        level: 'community',
        text: { en: "The business may contribute to building the community's resilience to climate change." },
      },
      { id: 'FG04-s1', level: 'structural', text: { en: 'The legal context allows for the business.' } },
      { id: 'FG04-s2', level: 'structural', text: { en: 'The business is socio-culturally appropriate.' } },
      {
        id: 'FG04-s3',
        level: 'structural',
        text: { en: 'The levels of violence and conflict are low enough to allow the business to succeed.' },
      },
      {
        id: 'FG04-s4',
        level: 'structural',
        text: {
          en: 'The business is not subject to environmental risks (such as climate change, poor water supply, land degradation, natural hazards).',
        },
      },
    ],
  },
  {
    id: 'FG05',
    dimension: 'economic',
    approach: { en: 'Business start-up grant.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      { id: 'FG05-i1', level: 'individual', text: { en: 'The respondent has a realistic business plan.' } },
      {
        id: 'FG05-i2',
        level: 'individual',
        text: { en: 'The respondent has the skills necessary to achieve the plan.' },
      },
      {
        id: 'FG05-i3',
        level: 'individual',
        text: { en: 'They are genuinely interested in starting a business.' },
      },
      {
        id: 'FG05-i4',
        level: 'individual',
        text: { en: 'The business leverages existing skill sets of the returnee.' },
      },
      {
        id: 'FG05-c1',
        level: 'community',
        text: { en: 'There is sufficient market for the business to succeed in the community.' },
      },
      { id: 'FG05-c2', level: 'community', text: { en: 'Not many similar businesses already exist.' } },
      { id: 'FG05-s1', level: 'structural', text: { en: 'The legal context allows for the business.' } },
      {
        id: 'FG05-s2',
        level: 'structural',
        text: { en: 'The levels of violence and conflict are low enough to permit the business to succeed.' },
      },
      { id: 'FG05-s3', level: 'structural', text: { en: 'The business is culturally appropriate.' } },
    ],
  },
  {
    id: 'FG06',
    dimension: 'economic',
    approach: { en: 'Vocational training.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      {
        id: 'FG06-i1',
        level: 'individual',
        text: {
          en: 'The respondent lacks relevant job-related skills. The respondent is willing to participate in a training scheme.',
        },
      },
      {
        id: 'FG06-c1',
        level: 'community',
        text: {
          en: 'The vocational training programme links to the available livelihood opportunities in the community.',
        },
      },
      { id: 'FG06-s1', level: 'structural', text: { en: 'Training schemes are available in the country.' } },
    ],
  },
  {
    id: 'FG07',
    dimension: 'economic',
    approach: { en: 'Scholarship for primary or secondary education.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      {
        id: 'FG07-i1',
        level: 'individual',
        text: { en: 'The respondent lacks primary or secondary education.' },
      },
      { id: 'FG07-i2', level: 'individual', text: { en: 'They are interested in going to school.' } },
      {
        id: 'FG07-i3',
        level: 'individual',
        text: {
          en: 'They have a rough idea of how they plan to use their education after school to gain an income.',
        },
      },
      {
        id: 'FG07-c1',
        level: 'community',
        text: { en: 'The community has public or private schools that can accommodate the respondent.' },
      },
      {
        id: 'FG07-s1',
        level: 'structural',
        text: { en: 'More education will lead to better job opportunities.' },
      },
      {
        id: 'FG07-s2',
        level: 'structural',
        text: { en: 'There are no cultural or gender barriers facing the respondent.' },
      },
    ],
  },
  {
    id: 'FG08',
    dimension: 'economic',
    approach: { en: 'Scholarship for tertiary education.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      {
        id: 'FG08-i1',
        level: 'individual',
        text: { en: 'The respondent has successfully completed secondary education.' },
      },
      {
        id: 'FG08-i2',
        level: 'individual',
        text: { en: 'The respondent is interested in tertiary education.' },
      },
      {
        id: 'FG08-i3',
        level: 'individual',
        text: { en: 'The respondent has an idea of how to use their tertiary education after completion.' },
      },
      {
        id: 'FG08-c1',
        level: 'community',
        text: { en: 'The community has public or private schools that can accommodate the respondent.' },
      },
      {
        id: 'FG08-c2',
        level: 'community',
        text: { en: 'If not, there is a school that is reachable nearby that can provide the education.' },
      },
      {
        id: 'FG08-s1',
        level: 'structural',
        text: { en: 'More education leads to better job opportunities.' },
      },
      {
        id: 'FG08-s2',
        level: 'structural',
        text: { en: 'There are no major cultural or gender barriers facing the respondent.' },
      },
    ],
  },
  {
    id: 'FG09',
    dimension: 'economic',
    approach: { en: 'Consolidating employment and education records.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      {
        id: 'FG09-i1',
        level: 'individual',
        text: {
          en: 'The respondent has documentation from education and employment attained while living abroad.',
        },
      },
      {
        id: 'FG09-c1',
        level: 'community',
        text: { en: 'Certificates and degrees from abroad are perceived positively in the community.' },
      },
      {
        id: 'FG09-s1',
        level: 'structural',
        text: {
          en: 'Review national regulations around certificates and degrees (from abroad) to obtain a job.',
        },
      },
      {
        id: 'FG09-s2',
        level: 'structural',
        text: {
          en: 'These documents add value to help beneficiaries access adequate or better-paying jobs.',
        },
      },
    ],
  },
  {
    id: 'FG10',
    dimension: 'economic',
    approach: { en: 'Financial management training.' },
    usefulFor: { en: 'High level of non-productive debt.' },
    criteria: [
      {
        id: 'FG10-i1',
        level: 'individual',
        text: { en: 'The respondent is interested in receiving financial management training.' },
      },
      {
        id: 'FG10-i2',
        level: 'individual',
        text: { en: 'They are available to participate fully in the training.' },
      },
      {
        id: 'FG10-c1',
        level: 'community',
        text: {
          en: 'There are financial management and literacy training programmes available in the community.',
        },
      },
      {
        id: 'FG10-s1',
        level: 'structural',
        text: {
          en: 'There are financial management and literacy training programmes provided by the government.',
        },
      },
    ],
  },
  {
    id: 'FG11',
    dimension: 'economic',
    approach: { en: 'Microsaving.' },
    usefulFor: { en: 'High level of non-productive debt.' },
    criteria: [
      { id: 'FG11-i1', level: 'individual', text: { en: 'The respondent is interested in saving money.' } },
      {
        id: 'FG11-i2',
        level: 'individual',
        text: { en: 'They lack access to traditional banks and savings and credit unions.' },
      },
      {
        id: 'FG11-i3',
        level: 'individual',
        text: { en: 'They have sufficient income to make such an intervention relevant.' },
      },
      {
        id: 'FG11-c1',
        level: 'community',
        text: { en: 'Microsaving programmes are available in the community.' },
      },
      {
        id: 'FG11-s1',
        level: 'structural',
        text: { en: 'The government or banks provide microsaving programmes nationally.' },
      },
      {
        id: 'FG11-s2',
        level: 'structural',
        text: { en: 'Banking systems are trustworthy and widely used.' },
      },
    ],
  },
  {
    id: 'FG12',
    dimension: 'economic',
    approach: { en: 'Self-help groups.' },
    usefulFor: { en: 'High level of non-productive debt.' },
    criteria: [
      {
        id: 'FG12-i1',
        level: 'individual',
        text: { en: 'The respondent is interested in participating in a self-help group.' },
      },
      { id: 'FG12-c1', level: 'community', text: { en: 'Self-help groups are available in the community.' } },
      {
        id: 'FG12-s1',
        level: 'structural',
        text: { en: 'Self-help groups are supported by national regulation.' },
      },
    ],
  },
  {
    id: 'FG13',
    dimension: 'economic',
    approach: { en: 'Savings and credit associations.' },
    usefulFor: { en: 'High level of non-productive debt.' },
    criteria: [
      {
        id: 'FG13-i1',
        level: 'individual',
        text: {
          en: 'The respondent is interested in saving money. They have sufficient income to make such an intervention relevant.',
        },
      },
      {
        id: 'FG13-c1',
        level: 'community',
        text: { en: 'There are savings or credit associations available in the community.' },
      },
    ],
  },
  {
    id: 'FG14',
    dimension: 'economic',
    approach: { en: 'Monetizing productive assets.' },
    usefulFor: { en: 'Lack or insufficiency of income-generating activity.' },
    criteria: [
      { id: 'FG14-i1', level: 'individual', text: { en: 'The respondent has productive assets.' } },
      { id: 'FG14-c1', level: 'community', text: { en: 'The asset can constitute a source of livelihood.' } },
      {
        id: 'FG14-c2',
        level: 'community',
        text: { en: 'There is a market for the services that come from the asset.' },
      },
      {
        id: 'FG14-s1',
        level: 'structural',
        text: { en: 'The legal context allows for monetizing the productive asset.' },
      },
      { id: 'FG14-s2', level: 'structural', text: { en: 'It is safe to monetize the productive asset.' } },
    ],
  },
  {
    id: 'FG15',
    dimension: 'social',
    approach: { en: 'Assistance identifying housing (list of places).' },
    usefulFor: { en: 'Inadequate housing situation.' },
    criteria: [
      {
        id: 'FG15-i1',
        level: 'individual',
        text: { en: 'The returnee lacks information on affordable or accessible housing options.' },
      },
      {
        id: 'FG15-c1',
        level: 'community',
        text: { en: 'There are affordable or available housing options in the community.' },
      },
      { id: 'FG15-s1', level: 'structural', text: { en: 'There are publicly provided housing options.' } },
    ],
  },
  {
    id: 'FG16',
    dimension: 'social',
    approach: { en: 'Rent support and or temporary housing.' },
    usefulFor: { en: 'Inadequate housing situation.' },
    criteria: [
      {
        id: 'FG16-i1',
        level: 'individual',
        text: { en: 'The returnee is unable to pay for his or her housing.' },
      },
      {
        id: 'FG16-i2',
        level: 'individual',
        text: { en: 'They are unlikely to be able to pay for their housing in the near future.' },
      },
      { id: 'FG16-c1', level: 'community', text: { en: 'The rent is fair for the market.' } },
      {
        id: 'FG16-c2',
        level: 'community',
        text: { en: 'The overall standard of housing in the community is decent.' },
      },
      {
        id: 'FG16-s1',
        level: 'structural',
        text: { en: 'There are public housing schemes in the country.' },
      },
    ],
  },
  {
    id: 'FG17',
    dimension: 'social',
    approach: { en: 'Payment of school fees and books and uniforms.' },
    usefulFor: { en: 'Access to education for school-aged children.' },
    criteria: [
      {
        id: 'FG17-i1',
        level: 'individual',
        text: { en: "The returnee is unable to pay for their child's education." },
      },
      { id: 'FG17-i2', level: 'individual', text: { en: 'They are taking on debt to pay for education.' } },
      {
        id: 'FG17-i3',
        level: 'individual',
        text: { en: 'Children are being forced to work instead of going to school.' },
      },
      {
        id: 'FG17-c1',
        level: 'community',
        text: { en: 'There are schools in the community that are within a reasonable distance.' },
      },
      { id: 'FG17-c2', level: 'community', text: { en: 'They are of adequate quality.' } },
      {
        id: 'FG17-s1',
        level: 'structural',
        text: { en: 'The state of education in the country is decent in terms of access and quality.' },
      },
    ],
  },
  {
    id: 'FG18',
    dimension: 'social',
    approach: { en: 'Case manager physically accompanies returnee to access services.' },
    usefulFor: {
      en: 'Lack of access to civil documentation; public services and social protection schemes; remedies, justice and law; health care; education.',
    },
    criteria: [
      {
        id: 'FG18-i1',
        level: 'individual',
        text: { en: 'The returnee needs hands-on guidance to better access services.' },
      },
      {
        id: 'FG18-c1',
        level: 'community',
        text: { en: 'Public services are accessible, affordable and adequate in the country.' },
      },
      {
        id: 'FG18-c2',
        level: 'community',
        text: {
          en: 'It is appropriate for the case manager to accompany the returnee to government offices.',
        },
      },
      {
        id: 'FG18-s1',
        level: 'structural',
        text: {
          en: 'There are programmes focusing on social safety nets in the country (such as PSN in Ethiopia).',
        },
      },
    ],
  },
  {
    id: 'FG19',
    dimension: 'social',
    approach: { en: 'Provide information on services (infosheet, website, counselling).' },
    usefulFor: {
      en: 'Lack of access to civil documentation; public services; remedies, justice or law; health care; education.',
    },
    criteria: [
      {
        id: 'FG19-i1',
        level: 'individual',
        text: { en: 'The returnee lacks information on how to access one or more types of services.' },
      },
      {
        id: 'FG19-i2',
        level: 'individual',
        text: { en: 'The returnee can read. If not, the information should be delivered orally.' },
      },
      {
        id: 'FG19-i3',
        level: 'individual',
        text: { en: 'The returnee is interested in information on how to access key services.' },
      },
      {
        id: 'FG19-c1',
        level: 'community',
        text: { en: 'Lack of documentation impacts access to services in the community.' },
      },
      {
        id: 'FG19-c2',
        level: 'community',
        text: { en: 'There are public services or social safety nets in the community.' },
      },
      {
        id: 'FG19-c3',
        level: 'community',
        text: { en: 'Most people in the community rely on formal or informal systems of justice.' },
      },
      {
        id: 'FG19-c4',
        level: 'community',
        text: {
          en: 'There are health-care options in the community that are within a reasonable distance and are affordable.',
        },
      },
      {
        id: 'FG19-s1',
        level: 'structural',
        text: {
          en: 'There is clear guidance on the process to access key services (civil documentation, public services, justice and law, health care, education).',
        },
      },
      {
        id: 'FG19-s2',
        level: 'structural',
        text: { en: 'There are informal channels for accessing these services.' },
      },
    ],
  },
  {
    id: 'FG20',
    dimension: 'psychosocial',
    approach: { en: 'Identification and referral to identified clinical service providers.' },
    usefulFor: { en: 'Returnees with mental disorders.' },
    criteria: [
      {
        id: 'FG20-i1',
        level: 'individual',
        text: {
          en: 'Are psychiatrists, clinical psychologists, mental health workers or physicians available in the country of origin?',
        },
      },
      {
        id: 'FG20-c1',
        level: 'community',
        text: { en: 'Is the community aware of, and ready to receive, a returnee with a mental disorder?' },
      },
      {
        id: 'FG20-s1',
        level: 'structural',
        text: {
          en: 'Are clinical care services available? Are informal care services (traditional healers, herbalists) available?',
        },
      },
    ],
  },
  {
    id: 'FG21',
    dimension: 'psychosocial',
    approach: {
      en: 'Identification and referral to identified psychological counselling and psychotherapy service providers.',
    },
    usefulFor: { en: 'Returnees who show high emotional distress.' },
    criteria: [
      {
        id: 'FG21-i1',
        level: 'individual',
        text: {
          en: 'Are psychologists, social workers or psychological counsellors available in the country of origin?',
        },
      },
      {
        id: 'FG21-c1',
        level: 'community',
        text: { en: 'Are social support services and community organizations available?' },
      },
      {
        id: 'FG21-s1',
        level: 'structural',
        text: { en: 'Are informal care services available (pastoral and other counselling services)?' },
      },
    ],
  },
  {
    id: 'FG22',
    dimension: 'psychosocial',
    approach: { en: 'Identification and referral to generic psychosocial support providers.' },
    usefulFor: { en: 'Returnees with emotional, psychological, social difficulties.' },
    criteria: [
      {
        id: 'FG22-i1',
        level: 'individual',
        text: { en: 'Are psychosocial support experts or counsellors available?' },
      },
      {
        id: 'FG22-c1',
        level: 'community',
        text: {
          en: 'Are community networks available? Are peer support mechanisms or religious or social congregations available?',
        },
      },
      {
        id: 'FG22-s1',
        level: 'structural',
        text: { en: 'Are governmental and non-governmental social services available?' },
      },
    ],
  },
  {
    id: 'FG23',
    dimension: 'psychosocial',
    approach: { en: 'Counselling to the family before and after return.' },
    usefulFor: { en: 'Domestic conflict' },
    criteria: [
      {
        id: 'FG23-i1',
        level: 'individual',
        text: {
          en: "Does the returnee's family want counselling or information on what to expect from the returnee? Do they appear to display a low level of understanding of the migration and return experiences?",
        },
      },
      {
        id: 'FG23-c1',
        level: 'community',
        text: { en: 'Would such information be well-received by families and communities?' },
      },
      { id: 'FG23-s1', level: 'structural', text: { en: 'Is such counselling culturally appropriate?' } },
    ],
  },
  {
    id: 'FG24',
    dimension: 'psychosocial',
    approach: {
      en: 'Interventions to reduce exposure to violence and crime (supporting work in the daytime, assisting with night-time transportation, and so forth).',
    },
    usefulFor: { en: 'Feelings of security.' },
    criteria: [
      {
        id: 'FG24-i1',
        level: 'individual',
        text: { en: 'Are there relevant interventions that could help the returnee feel safer?' },
      },
      {
        id: 'FG24-c1',
        level: 'community',
        text: { en: 'Are the feelings of insecurity unique to the returnee or common to the community?' },
      },
      {
        id: 'FG24-s1',
        level: 'structural',
        text: { en: 'What is the level of conflict and violence in the area?' },
      },
    ],
  },
  {
    id: 'FG25',
    dimension: 'psychosocial',
    approach: { en: "Supporting returnees' associations." },
    usefulFor: { en: 'Isolation from the community and absence of support network.' },
    criteria: [
      {
        id: 'FG25-i1',
        level: 'individual',
        text: {
          en: "Does the respondent lack social connections or a support network? Does he or she want to participate in a returnees' association?",
        },
      },
      {
        id: 'FG25-c1',
        level: 'community',
        text: {
          en: 'Are there other returnees in the community who are interested in joining such an organization?',
        },
      },
    ],
  },
  {
    id: 'FG26',
    dimension: 'psychosocial',
    approach: { en: 'Mentorship programme.' },
    usefulFor: { en: 'Isolation from the community and absence of support network.' },
    criteria: [
      {
        id: 'FG26-i1',
        level: 'individual',
        text: {
          en: "Does the respondent want to be connected with a mentor? Would a mentorship programme benefit the returnee? Do available mentors have experience that would support the returnee's psychosocial reintegration?",
        },
      },
      { id: 'FG26-c1', level: 'community', text: { en: 'Who in the community is an appropriate mentor?' } },
      {
        id: 'FG26-s1',
        level: 'structural',
        text: {
          en: 'Are there existing mentorship programmes for entrepreneurs in the country? Can diaspora members play this role?',
        },
      },
    ],
  },
  {
    id: 'FG27',
    dimension: 'psychosocial',
    approach: { en: 'Introduction to CBOs, community leaders, religious groups, clubs.' },
    usefulFor: { en: 'Isolation from the community and absence of support network.' },
    criteria: [
      {
        id: 'FG27-i1',
        level: 'individual',
        text: {
          en: 'Does the respondent lack contacts in the community? Does he or she wish to be introduced to contacts in the community?',
        },
      },
      {
        id: 'FG27-c1',
        level: 'community',
        text: {
          en: 'Does the community hold bias or prejudice against returnees? What are the public attitudes towards returnees?',
        },
      },
    ],
  },
  {
    id: 'FG28',
    dimension: 'psychosocial',
    approach: { en: 'Providing psychosocial support during training.' },
    usefulFor: { en: 'Signs of psychosocial distress.' },
    criteria: [
      {
        id: 'FG28-i1',
        level: 'individual',
        text: {
          en: 'Is the respondent participating in a training scheme? Is he or she showing signs of psychosocial distress?',
        },
      },
      {
        id: 'FG28-c1',
        level: 'community',
        text: { en: 'Is there any prejudice towards psychosocial support in the community?' },
      },
      {
        id: 'FG28-s1',
        level: 'structural',
        text: {
          en: 'Is it taboo to access psychosocial support services in the countries? Are psychosocial support services providers widely available?',
        },
      },
    ],
  },
  {
    id: 'FG29',
    dimension: 'psychosocial',
    approach: { en: 'Community conversations.' },
    usefulFor: { en: 'Isolation from the community and absence of support network.' },
    criteria: [
      {
        id: 'FG29-i1',
        level: 'individual',
        text: {
          en: 'Does the respondent lack social connections and or a support network? Does he or she want to participate in community conversations? Is he or she willing to share his or her experience as a returnee?',
        },
      },
      {
        id: 'FG29-c1',
        level: 'community',
        text: { en: 'Does the community hold bias or prejudice against returnees?' },
      },
      {
        id: 'FG29-s1',
        level: 'structural',
        text: { en: 'What are the public attitudes towards returnees?' },
      },
    ],
  },
];
