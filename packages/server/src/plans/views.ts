import {
  budgetLines,
  deliveryChannels,
  deliveryMovement,
  deliveryStatuses,
  type MoneyMovement,
  paymentMethods,
  planBudget,
  planChangeKinds,
  planStatuses,
  purchaseMovement,
  purchaseStatuses,
  referralsToMake,
  trancheConditions,
  trancheMovement,
  trancheStatuses,
} from '@reintegra/domain';
import { z } from 'zod';
import { money, planContent } from './schemas.ts';
import { type LoadedPlan, type PlanVersion, statusOf } from './service.ts';

const instant = z.iso.datetime({ offset: true });
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const planVersionView = z
  .object({
    number: z.int(),
    changes: z.array(
      z.object({ section: z.string(), change: z.enum(planChangeKinds), lineId: z.string().optional() }),
    ),
    reason: z.string(),
    authorId: z.uuid(),
    createdAt: instant,
    consent: z
      .object({
        at: instant,
        method: z.enum(['written', 'verbal']),
        givenBy: z.string(),
        witnessedBy: z.string().nullable(),
        recordedBy: z.uuid(),
        signatureAttachmentId: z.uuid().nullable(),
      })
      .nullable(),
    approval: z.object({ at: instant, by: z.uuid() }).nullable(),
  })
  .meta({ id: 'PlanVersion' });

export function toVersionView(v: PlanVersion): z.infer<typeof planVersionView> {
  return {
    number: v.number,
    changes: v.changes,
    reason: v.reason,
    authorId: v.authorId,
    createdAt: v.createdAt.toISOString(),
    consent:
      v.consentedAt && v.consentMethod && v.consentGivenBy && v.consentRecordedBy
        ? {
            at: v.consentedAt.toISOString(),
            method: v.consentMethod,
            givenBy: v.consentGivenBy,
            witnessedBy: v.consentWitnessedBy,
            recordedBy: v.consentRecordedBy,
            signatureAttachmentId: v.signatureAttachmentId,
          }
        : null,
    approval: v.approvedAt && v.approvedBy ? { at: v.approvedAt.toISOString(), by: v.approvedBy } : null,
  };
}

export const planVersionDetailView = planVersionView
  .extend({ content: planContent })
  .meta({ id: 'PlanVersionDetail' });

export const budgetLineView = z.object({
  currency: z.string(),
  budget: z.int(),
  committed: z.int(),
  spent: z.int(),
  remaining: z.int().describe('Budget less committed and spent; negative when overspent'),
});

export const planView = z
  .object({
    id: z.uuid(),
    status: z.enum(planStatuses),
    currentVersion: z.int(),
    approvalRequired: z.boolean(),
    content: planContent,
    versions: z.array(planVersionView),
    deliveries: z.array(
      z.object({
        lineId: z.string(),
        channel: z.enum(deliveryChannels),
        partner: z.string(),
        status: z.enum(deliveryStatuses),
        startedOn: z.iso.date().nullable(),
        completedOn: z.iso.date().nullable(),
        cost: money.nullable(),
        note: z.string(),
        updatedBy: z.uuid(),
        updatedAt: instant,
      }),
    ),
    tranches: z.array(
      z.object({
        trancheId: z.string(),
        grantId: z.string(),
        amount: money,
        condition: z.enum(trancheConditions),
        conditionDetail: z.string(),
        status: z.enum(trancheStatuses),
        requestedBy: z.uuid().nullable(),
        requestedAt: instant.nullable(),
        conditionEvidence: z.string().nullable(),
        conditionRecordedAt: instant.nullable(),
        releasedBy: z.uuid().nullable(),
        releasedAt: instant.nullable(),
        paymentMethod: z.enum(paymentMethods).nullable(),
      }),
    ),
    purchases: z.array(
      z.object({
        id: z.uuid(),
        goodsLineId: z.string(),
        supplier: z.string(),
        amount: money,
        paymentMethod: z.enum(paymentMethods),
        status: z.enum(purchaseStatuses),
        orderedBy: z.uuid(),
        orderedAt: instant,
        settledBy: z.uuid().nullable(),
        settledAt: instant.nullable(),
      }),
    ),
    budget: z.array(budgetLineView).describe('Per currency, in minor units; currencies are never converted'),
    referralsToMake: z.array(
      z.object({ lineId: z.string(), agency: z.string(), assistance: z.string(), detail: z.string() }),
    ),
  })
  .meta({ id: 'ReintegrationPlan' });

export function toPlanView(loaded: LoadedPlan): z.infer<typeof planView> {
  const content = loaded.current.content;
  const tranches = content.grants.flatMap((grant) =>
    grant.tranches.map((t) => {
      const row = loaded.tranches.find((r) => r.trancheId === t.id);
      return {
        trancheId: t.id,
        grantId: grant.id,
        amount: t.amount,
        condition: t.condition,
        conditionDetail: t.conditionDetail,
        status: row?.status ?? ('scheduled' as const),
        requestedBy: row?.requestedBy ?? null,
        requestedAt: iso(row?.requestedAt ?? null),
        conditionEvidence: row?.conditionEvidence ?? null,
        conditionRecordedAt: iso(row?.conditionRecordedAt ?? null),
        releasedBy: row?.releasedBy ?? null,
        releasedAt: iso(row?.releasedAt ?? null),
        paymentMethod: row?.paymentMethod ?? null,
      };
    }),
  );
  const purchases = loaded.purchases.map((p) => ({
    id: p.id,
    goodsLineId: p.goodsLineId,
    supplier: p.supplier,
    amount: { minor: p.amountMinor, currency: p.currency },
    paymentMethod: p.paymentMethod,
    status: p.status,
    orderedBy: p.orderedBy,
    orderedAt: p.orderedAt.toISOString(),
    settledBy: p.settledBy,
    settledAt: iso(p.settledAt),
  }));
  const deliveries = loaded.deliveries.map((d) => ({
    lineId: d.lineId,
    channel: d.channel,
    partner: d.partner,
    status: d.status,
    startedOn: d.startedOn,
    completedOn: d.completedOn,
    cost: d.costMinor !== null && d.costCurrency ? { minor: d.costMinor, currency: d.costCurrency } : null,
    note: d.note,
    updatedBy: d.updatedBy,
    updatedAt: d.updatedAt.toISOString(),
  }));
  const movements: MoneyMovement[] = [];
  const move = (stage: MoneyMovement['stage'] | null, amount: MoneyMovement['amount'] | null) => {
    if (stage && amount) movements.push({ stage, amount });
  };
  for (const p of purchases) move(purchaseMovement(p.status), p.amount);
  for (const t of tranches) move(trancheMovement(t.status), t.amount);
  for (const d of deliveries) move(deliveryMovement(d.status), d.cost);
  return {
    id: loaded.plan.id,
    status: statusOf(loaded),
    currentVersion: loaded.plan.currentVersion,
    approvalRequired: loaded.approvalRequired,
    content,
    versions: loaded.versions.map(toVersionView),
    deliveries,
    tranches,
    purchases,
    budget: budgetLines(planBudget(content), movements),
    referralsToMake: referralsToMake(content),
  };
}
