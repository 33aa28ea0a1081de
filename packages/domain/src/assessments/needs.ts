// The needs and skills assessment that comes before the plan (seed-002
// L1090: "A skills assessment should precede the development of the
// reintegration plan"), across the three dimensions of reintegration. Fields
// follow what the Handbook asks the caseworker to explore (§2.2, L996–L1120);
// education is an ISCED 2011 level, as the digest suggests (L1105–L1107).

export const iscedLevels = [
  'none',
  'isced_0',
  'isced_1',
  'isced_2',
  'isced_3',
  'isced_4',
  'isced_5',
  'isced_6',
  'isced_7',
  'isced_8',
] as const;
export type IscedLevel = (typeof iscedLevels)[number];

export const needDimensions = ['economic', 'social', 'psychosocial'] as const;
export type NeedDimension = (typeof needDimensions)[number];

export interface WorkExperience {
  occupation: string;
  where: string;
  years: number;
}

export interface NeedsAssessment {
  educationLevel: IscedLevel;
  workHistory: WorkExperience[];
  skills: string[];
  interests: string[];
  /** Fit to work, from the vulnerability and risk assessments (seed-002 L1292, L1302). */
  fitToWork: boolean;
  health: string;
  housing: string;
  familySituation: string;
  /** What the returnee needs in each dimension, in their words and the caseworker's. */
  needs: Record<NeedDimension, string>;
  /** Whether the assistance can be given in two or three sessions and the case closed (seed-000 L756). */
  deliverableInFewSessions: boolean;
}

/** The dimensions where a need is written down: the plan should answer each. */
export function dimensionsWithNeeds(assessment: Pick<NeedsAssessment, 'needs'>): NeedDimension[] {
  return needDimensions.filter((d) => assessment.needs[d].trim() !== '');
}
