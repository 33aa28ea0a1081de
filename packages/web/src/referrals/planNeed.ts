import type { LongTermAssistanceKind, ServiceType } from '@reintegra/domain';

/**
 * The Annex 8 service type a plan line of long-term assistance (Annex 3)
 * most likely needs, to start the directory search with; null where no one
 * type fits ("other"), and the caseworker chooses.
 */
const needs: Record<LongTermAssistanceKind, ServiceType | null> = {
  cash_for_work: 'job_placement',
  income_generating_activity: 'business_development',
  individual_microbusiness: 'business_development',
  collective_project: 'business_development',
  community_project: 'community_activities',
  economic_other: 'financial_services',
  job_placement: 'job_placement',
  vocational_training: 'tvet',
  housing_support: 'housing',
  medical_support: 'health',
  educational_support: 'education',
  skills_development: 'tvet',
  legal_services: 'legal',
  social_protection: 'social_protection',
  child_care: 'child_protection',
  special_security_measures: 'legal',
  psychosocial_individual_family: 'psychosocial_support',
  psychosocial_community: 'community_activities',
  other: null,
};

export const needOfPlanLine = (kind: LongTermAssistanceKind): ServiceType | null => needs[kind];
