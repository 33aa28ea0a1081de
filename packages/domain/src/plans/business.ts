// Business development support step by step (seed-002 Annex 2, L6213–L6396;
// seed-002-annexes digest §4): an application goes through two selections,
// a business plan with the nine elements the Handbook requires, training,
// grant tranches and monitoring visits that let business survival be counted.

/** The steps of Annex 2 as stages; `redirected` and `not_selected` are Step 2's and Step 4's "no" (L6223, L6279). */
export const businessStages = [
  'applied',
  'preselected', // Step 2: commitment and capacity (L6223–L6234)
  'redirected', // Step 2 "no": other economic interventions
  'plan_training', // Step 3: short training on business planning (L6236)
  'plan_submitted',
  'selected', // Step 4: evaluation board (L6251)
  'not_selected', // Step 5b: readjust the plan or resubmit (L6279)
  'in_depth_support', // Step 5a: training, assets, tranches (L6281)
  'operating',
  'closed',
] as const;
export type BusinessStage = (typeof businessStages)[number];

const nextStages: Record<BusinessStage, readonly BusinessStage[]> = {
  applied: ['preselected', 'redirected'],
  preselected: ['plan_training', 'plan_submitted'],
  redirected: [],
  plan_training: ['plan_submitted'],
  plan_submitted: ['selected', 'not_selected'],
  selected: ['in_depth_support'],
  // "help in improving the business plan … to submit a stronger plan for the next selection" (L6279)
  not_selected: ['plan_submitted'],
  in_depth_support: ['operating', 'closed'],
  operating: ['closed'],
  closed: [],
};

export function canMoveBusiness(from: BusinessStage, to: BusinessStage): boolean {
  return nextStages[from].includes(to);
}

/** Stages whose decision must say why (the returnee is told either way, L6279). */
export function stageNeedsReason(to: BusinessStage): boolean {
  return to === 'redirected' || to === 'not_selected' || to === 'closed';
}

/** The business plan is written and rewritten before the board has it, or after a "no" (Step 5b); not while it is judged or after. */
export function businessPlanEditable(stage: BusinessStage): boolean {
  return (
    stage === 'applied' || stage === 'preselected' || stage === 'plan_training' || stage === 'not_selected'
  );
}

/** Visits start with in-depth support (Step 5a): before it there is no business to visit. */
export function businessLaunched(stage: BusinessStage): boolean {
  return stage === 'in_depth_support' || stage === 'operating' || stage === 'closed';
}

/** The nine mandatory elements of a business plan (L6259–L6269), in the printed order. */
export const businessPlanElements = [
  'description_and_targets', // description, situation analysis, key targets for years one to three
  'operations', // operational space, labour, infrastructure, equipment, permits
  'skills_required',
  'customers_and_market',
  'marketing_plan', // pricing, marketing and promotion
  'sales_forecast', // estimated sales per month in years one to three
  'capital_and_costs', // initial capital and ongoing costs
  'sources_of_capital',
  'risks_and_mitigation',
] as const;
export type BusinessPlanElement = (typeof businessPlanElements)[number];
export type BusinessPlan = Record<BusinessPlanElement, string>;

/** The elements still empty: a plan goes to the board only when none is. */
export function missingPlanElements(plan: Partial<BusinessPlan>): BusinessPlanElement[] {
  return businessPlanElements.filter((e) => (plan[e] ?? '').trim() === '');
}

/**
 * The types of business a caseworker recommends and a returnee chooses (C3,
 * seed-000 L930–L932), as codes rather than words: C3 sets the type
 * recommended against the type chosen, and M&E later sets both against
 * whether the business survives, which words typed by different caseworkers
 * in three languages cannot be. The sectors are the Handbook's "economic
 * sector (industry, services, agriculture and so forth)" (seed-002 L2264),
 * split where its own examples are: farms, artisan groups, agro-processing
 * and small shops (L2280), transport (L2595), manufacturing and construction
 * (L692). Every business falls in one of them, so there is no "other", which
 * would make two different businesses look alike.
 */
export const businessTypes = [
  'agriculture', // crops, livestock, fishing (L2264, L2280)
  'agro_processing', // L2280 "agro-processing cooperatives"
  'crafts_and_manufacturing', // tailoring, carpentry, artisans (L2280 "artisan groups", L692)
  'construction', // L692
  'trade', // shops and market selling (L2280 "small mobile shops")
  'transport', // L2595
  'services', // the rest of the service sector: repairs, hairdressing, printing, food (L2264, L1280)
] as const;
export type BusinessType = (typeof businessTypes)[number];

/** What a monitoring visit finds (digest §4.5): the business is open, closed for now or closed. */
export const businessStatuses = ['operating', 'temporarily_closed', 'closed'] as const;
export type BusinessStatus = (typeof businessStatuses)[number];

/** Why a business closed, for the survival figures; L1520 names the common failures. */
export const businessClosureReasons = [
  'cash_misused', // L1520 "misappropriating the cash-based assistance"
  'assets_sold', // L1520 "selling the assets that were provided in kind"
  'not_profitable',
  'health_or_family',
  'remigrated',
  'security',
  'other',
] as const;
export type BusinessClosureReason = (typeof businessClosureReasons)[number];

export interface MonitoringVisit {
  visitedOn: string;
  status: BusinessStatus;
  closureReason: BusinessClosureReason | null;
}

/** A business survives at a date when the latest visit up to then found it open (operating or closed for now). */
export function businessSurvives(visits: readonly MonitoringVisit[], on: string): boolean | null {
  const latest = visits
    .filter((v) => v.visitedOn <= on)
    .sort((a, b) => a.visitedOn.localeCompare(b.visitedOn))
    .at(-1);
  return latest ? latest.status !== 'closed' : null;
}
