// What the feasibility grid suggests for one returnee and place of return.
// The caseworker answers each criterion (several cells bundle two or three
// questions, so an answer can be "unknown" rather than a tick); the grid
// then lists every approach of the dimension with what holds and what does
// not. It suggests; the plan is still the caseworker's and the returnee's.
import type { RssDimension } from '../rss/instrument.ts';
import { type FeasibilityApproach, feasibilityGrid } from './feasibility-grid.ts';

export const criterionAnswers = ['yes', 'no', 'unknown', 'not_applicable'] as const;
export type CriterionAnswer = (typeof criterionAnswers)[number];

export interface ApproachAssessment {
  approach: FeasibilityApproach;
  /** Every criterion holds (or does not apply): worth proposing. */
  suggested: boolean;
  /** Criteria answered "no": why the approach is not suggested. */
  unmet: string[];
  /** Criteria not yet answered or answered "unknown": what to find out. */
  open: string[];
}

/**
 * Each approach of the dimensions asked for, suggested ones first, then those
 * with the fewest criteria against them. Grid order breaks ties, so the list
 * reads the same on every screen.
 */
export function assessApproaches(
  answers: Readonly<Record<string, CriterionAnswer>>,
  dimensions: readonly RssDimension[] = ['economic', 'social', 'psychosocial'],
  grid: readonly FeasibilityApproach[] = feasibilityGrid,
): ApproachAssessment[] {
  return grid
    .filter((a) => dimensions.includes(a.dimension))
    .map((approach) => {
      const unmet = approach.criteria.filter((c) => answers[c.id] === 'no').map((c) => c.id);
      const open = approach.criteria
        .filter((c) => answers[c.id] === undefined || answers[c.id] === 'unknown')
        .map((c) => c.id);
      return { approach, suggested: unmet.length === 0 && open.length === 0, unmet, open };
    })
    .map((assessment, order) => ({ assessment, order }))
    .sort(
      (x, y) =>
        Number(y.assessment.suggested) - Number(x.assessment.suggested) ||
        x.assessment.unmet.length - y.assessment.unmet.length ||
        x.order - y.order,
    )
    .map((x) => x.assessment);
}
