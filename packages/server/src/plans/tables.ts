import {
  businessClosureReasons,
  businessStages,
  businessStatuses,
  businessTypes,
  type CriterionAnswer,
  deliveryChannels,
  deliveryStatuses,
  type PlanChange,
  type PlanContent,
  paymentMethods,
  purchaseStatuses,
  trancheStatuses,
} from '@reintegra/domain';
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseAttachments, cases, consentMethod } from '../cases/tables.ts';
import { users } from '../users/tables.ts';

/** One reintegration plan per assisted returnee (seed-002 L1159); its content lives in its versions. */
export const reintegrationPlans = pgTable(
  'reintegration_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    currentVersion: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('reintegration_plans_case_key').on(t.caseId)],
);

/** Every version of a plan, never changed once the next exists: what changed, why, who agreed and who approved. */
export const planVersions = pgTable(
  'plan_versions',
  {
    planId: uuid()
      .notNull()
      .references(() => reintegrationPlans.id),
    number: integer().notNull(),
    content: jsonb().$type<PlanContent>().notNull(),
    changes: jsonb().$type<PlanChange[]>().notNull(),
    reason: text().notNull().default(''),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    consentedAt: timestamp({ withTimezone: true }),
    consentMethod: consentMethod(),
    consentGivenBy: text(),
    consentWitnessedBy: text(),
    consentRecordedBy: uuid().references(() => users.id),
    /** The signed page or the on-screen signature, attached to the case. */
    signatureAttachmentId: uuid().references(() => caseAttachments.id),
    approvedAt: timestamp({ withTimezone: true }),
    approvedBy: uuid().references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.number] })],
);

export const deliveryChannel = pgEnum('delivery_channel', deliveryChannels);
export const deliveryStatus = pgEnum('delivery_status', deliveryStatuses);

/** How one line of the plan is being delivered; it follows the line from version to version by its id. */
export const planDeliveries = pgTable(
  'plan_deliveries',
  {
    planId: uuid()
      .notNull()
      .references(() => reintegrationPlans.id),
    lineId: text().notNull(),
    channel: deliveryChannel().notNull(),
    /** The implementing partner or the organisation referred to. */
    partner: text().notNull().default(''),
    status: deliveryStatus().notNull(),
    startedOn: date({ mode: 'string' }),
    completedOn: date({ mode: 'string' }),
    /** What the line cost outside goods purchases and grant tranches, in minor units. */
    costMinor: bigint({ mode: 'number' }),
    costCurrency: char({ length: 3 }),
    note: text().notNull().default(''),
    updatedBy: uuid()
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.lineId] })],
);

export const trancheStatus = pgEnum('tranche_status', trancheStatuses);
export const paymentMethod = pgEnum('payment_method', paymentMethods);

/** Where each tranche of a plan's grants stands: asked for by one person, released by another. */
export const planTranches = pgTable(
  'plan_tranches',
  {
    planId: uuid()
      .notNull()
      .references(() => reintegrationPlans.id),
    trancheId: text().notNull(),
    status: trancheStatus().notNull(),
    requestedBy: uuid().references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }),
    /** What shows the condition is met: receipts, a monitoring visit, targets reached. */
    conditionEvidence: text(),
    conditionRecordedBy: uuid().references(() => users.id),
    conditionRecordedAt: timestamp({ withTimezone: true }),
    releasedBy: uuid().references(() => users.id),
    releasedAt: timestamp({ withTimezone: true }),
    paymentMethod: paymentMethod(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.trancheId] })],
);

export const purchaseStatus = pgEnum('purchase_status', purchaseStatuses);

/** Goods bought for the returnee against the plan's list (Annex 2 L6332: the organisation pays the supplier). */
export const planPurchases = pgTable(
  'plan_purchases',
  {
    id: uuid().primaryKey().defaultRandom(),
    planId: uuid()
      .notNull()
      .references(() => reintegrationPlans.id),
    goodsLineId: text().notNull(),
    supplier: text().notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    paymentMethod: paymentMethod().notNull(),
    status: purchaseStatus().notNull(),
    orderedBy: uuid()
      .notNull()
      .references(() => users.id),
    orderedAt: timestamp({ withTimezone: true }).notNull(),
    settledBy: uuid().references(() => users.id),
    settledAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('plan_purchases_plan_idx').on(t.planId)],
);

/** Per programme: whether a supervisor approves plans; programmes without a row require it. */
export const planSettings = pgTable('plan_settings', {
  programme: text().primaryKey(),
  approvalRequired: boolean().notNull(),
});

export const businessStage = pgEnum('business_stage', businessStages);
export const businessStatus = pgEnum('business_status', businessStatuses);
export const businessClosureReason = pgEnum('business_closure_reason', businessClosureReasons);
export const businessType = pgEnum('business_type', businessTypes);

/** A returnee's way through business development support (Annex 2), one per case. */
export const businessApplications = pgTable(
  'business_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    idea: text().notNull(),
    stage: businessStage().notNull(),
    /** The nine elements of the business plan (domain `businessPlanElements`). */
    businessPlan: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** Each stage reached, when, by whom and why: the selections are explained to the returnee (L6279). */
    history: jsonb().$type<{ stage: string; at: string; by: string; reason: string }[]>().notNull(),
    trainings: jsonb()
      .$type<{ module: string; attendedOn: string; completed: boolean }[]>()
      .notNull()
      .default([]),
    /** The type of business the caseworker recommended (C3, seed-000 L930); null when they recommended none. */
    recommendedType: businessType(),
    /** What the recommendation rests on: market assessments, how similar businesses fared nearby (L931). */
    recommendationReason: text().notNull().default(''),
    /** The type the returnee chose; null until the recommendation is recorded. */
    chosenType: businessType(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('business_applications_case_key').on(t.caseId)],
);

/** A visit to the business: open or closed, and why it closed; survival is read from these. */
export const businessVisits = pgTable(
  'business_visits',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => businessApplications.id),
    visitedOn: date({ mode: 'string' }).notNull(),
    status: businessStatus().notNull(),
    closureReason: businessClosureReason(),
    employees: integer(),
    note: text().notNull().default(''),
    visitedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('business_visits_application_idx').on(t.applicationId, t.visitedOn)],
);

/** The caseworker's answers to the feasibility grid's criteria for this returnee and place of return (Annex 5). */
export const feasibilityAnswers = pgTable('feasibility_answers', {
  caseId: uuid()
    .primaryKey()
    .references(() => cases.id),
  answers: jsonb().$type<Record<string, CriterionAnswer>>().notNull(),
  updatedBy: uuid()
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
