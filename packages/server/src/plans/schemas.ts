import {
  businessClosureReasons,
  businessPlanElements,
  businessStages,
  businessStatuses,
  businessTypes,
  deliveryChannels,
  deliveryStatuses,
  immediateAssistanceKinds,
  longTermAssistanceKinds,
  medicalBeneficiaries,
  paymentMethods,
  trancheConditions,
} from '@reintegra/domain';
import { z } from 'zod';

const words = (max: number) => z.string().trim().max(max);
const lineId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .describe('Stable across versions; the client makes it (a UUID will do)');
const day = z.iso.date().nullable();

export const money = z
  .strictObject({
    minor: z
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .describe('Whole minor units: cents, or francs where there are none'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as GNF'),
  })
  .meta({ id: 'Money' });

const action = {
  id: lineId,
  detail: words(2000).default(''),
  responsible: words(200).default(''),
  dueOn: day.default(null),
};

export const planContent = z
  .strictObject({
    placeOfReturn: words(300).default(''),
    summary: z.strictObject({ economic: words(4000), social: words(4000), psychosocial: words(4000) }),
    immediate: z
      .array(
        z.strictObject({
          ...action,
          kind: z.enum(immediateAssistanceKinds),
          amount: money.nullable().default(null),
        }),
      )
      .max(50),
    longTerm: z
      .array(
        z.strictObject({
          ...action,
          kind: z.enum(longTermAssistanceKinds),
          beneficiary: z.enum(medicalBeneficiaries).nullable().default(null),
          needsReferral: z.boolean(),
          referralAgency: words(300).default(''),
        }),
      )
      .max(100),
    goods: z
      .array(z.strictObject({ id: lineId, description: words(500).min(1), estimatedCost: money }))
      .max(200),
    grants: z
      .array(
        z.strictObject({
          id: lineId,
          purpose: words(300).min(1),
          lineId: lineId.nullable().default(null),
          tranches: z
            .array(
              z.strictObject({
                id: lineId,
                amount: money,
                condition: z.enum(trancheConditions),
                conditionDetail: words(1000).default(''),
              }),
            )
            .max(12),
        }),
      )
      .max(10),
    community: z
      .array(
        z.strictObject({ name: words(200).min(1), role: words(200).default(''), isReturnee: z.boolean() }),
      )
      .max(100),
    baseline: z
      .strictObject({
        roundId: z.uuid(),
        measuredOn: z.iso.date(),
        economic: z.number().nullable(),
        social: z.number().nullable(),
        psychosocial: z.number().nullable(),
        composite: z.number().nullable(),
      })
      .nullable()
      .describe('Send the round’s id: the scores are read from the round, never typed'),
    monitoring: words(4000).default(''),
    exitStrategy: words(4000).default(''),
    doneOn: day.default(null),
    doneAt: words(300).default(''),
  })
  .meta({ id: 'PlanContent' });

export const createPlanInput = z.strictObject({ content: planContent });
export const revisePlanInput = z.strictObject({
  basedOnVersion: z.int().min(1).describe('The version the change was made on; another gets 409'),
  content: planContent,
  reason: words(2000)
    .default('')
    .describe('Why it changed: required once the returnee has agreed to any version'),
});
export const consentInput = z.strictObject({
  version: z.int().min(1),
  method: z.enum(['written', 'verbal']).describe('Written in person, or verbal with a witness'),
  givenBy: words(200).min(1).describe('The returnee, or a parent or guardian for a child'),
  witnessedBy: words(200).optional(),
  signatureAttachmentId: z.uuid().optional().describe('A signature or signed page attached to the case'),
});
export const approvalInput = z.strictObject({ version: z.int().min(1) });

export const deliveryInput = z.strictObject({
  channel: z.enum(deliveryChannels),
  partner: words(300).default(''),
  status: z.enum(deliveryStatuses),
  startedOn: day.default(null),
  completedOn: day.default(null),
  cost: money.nullable().default(null),
  note: words(2000).default(''),
});
export const purchaseInput = z.strictObject({
  goodsLineId: lineId,
  supplier: words(300).min(1),
  amount: money,
  paymentMethod: z.enum(paymentMethods),
});
export const settlePurchaseInput = z.strictObject({ status: z.enum(['paid', 'cancelled']) });
export const conditionInput = z.strictObject({ evidence: words(2000).min(1) });
export const releaseInput = z.strictObject({ paymentMethod: z.enum(paymentMethods) });

export const businessStartInput = z.strictObject({ idea: words(2000).min(1) });
export const businessStageInput = z.strictObject({
  version: z.int().min(1),
  to: z.enum(businessStages),
  reason: words(2000).default(''),
});
export const businessPlanInput = z.strictObject({
  version: z.int().min(1),
  elements: z.strictObject(Object.fromEntries(businessPlanElements.map((e) => [e, words(4000).default('')]))),
});
export const trainingInput = z.strictObject({
  version: z.int().min(1),
  module: words(300).min(1),
  attendedOn: z.iso.date(),
  completed: z.boolean(),
});
export const recommendationInput = z.strictObject({
  version: z.int().min(1),
  recommendedType: z
    .enum(businessTypes)
    .nullable()
    .describe('The type of business the caseworker recommended; null when they recommended none'),
  reason: words(2000)
    .default('')
    .describe('What the recommendation rests on: a market assessment, how similar businesses fared nearby'),
  chosenType: z.enum(businessTypes).describe('The type of business the returnee chose'),
});
export const visitInput = z.strictObject({
  visitedOn: z.iso.date(),
  status: z.enum(businessStatuses),
  closureReason: z.enum(businessClosureReasons).nullable().default(null),
  employees: z.int().min(0).max(10000).nullable().default(null),
  note: words(2000).default(''),
});
