// The service directory (service mapping): who offers what, to whom, where,
// at what cost and how well. Fields follow the Handbook's list of what
// service mapping should hold (seed-002 L621–L638) and Annex 8's service
// types by dimension (L6858–L6886).

export const serviceDimensions = ['economic', 'social', 'psychosocial'] as const;
export type ServiceDimension = (typeof serviceDimensions)[number];

/** Annex 8's "Type of service" column, by dimension. */
export const serviceTypes = [
  { type: 'job_placement', dimension: 'economic' },
  { type: 'tvet', dimension: 'economic' },
  { type: 'business_development', dimension: 'economic' },
  { type: 'financial_services', dimension: 'economic' },
  { type: 'health', dimension: 'social' },
  { type: 'housing', dimension: 'social' },
  { type: 'documentation', dimension: 'social' },
  { type: 'social_protection', dimension: 'social' },
  { type: 'education', dimension: 'social' },
  { type: 'legal', dimension: 'social' },
  { type: 'child_protection', dimension: 'social' },
  { type: 'mental_health', dimension: 'psychosocial' },
  { type: 'psychosocial_support', dimension: 'psychosocial' },
  { type: 'community_activities', dimension: 'psychosocial' },
] as const;
export type ServiceType = (typeof serviceTypes)[number]['type'];
export const serviceTypeCodes = serviceTypes.map((s) => s.type) as [ServiceType, ...ServiceType[]];

/** How the organisation works with the provider (seed-003 A.5: MoU, informal, procurement contract, direct billing). */
export const agreementTypes = ['mou', 'long_term_agreement', 'contract', 'informal', 'none'] as const;
export type AgreementType = (typeof agreementTypes)[number];

/** Annex 7: a service is available, of adequate quality, and accessible to returnees, or it is a gap. */
export interface ServiceGap {
  available: boolean;
  adequateQuality: boolean;
  accessible: boolean;
}

export function isGap(gap: ServiceGap): boolean {
  return !gap.available || !gap.adequateQuality || !gap.accessible;
}
