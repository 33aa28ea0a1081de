import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { GoodsLine, PurchaseStatus } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useDates } from '../ui/format.ts';
import { PurchaseDialog } from './PurchaseDialog.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanPage, PlanPurchase, ReintegrationPlan } from './types.ts';
import { PlanErrorNotice, useMoney } from './words.tsx';

const purchaseColours: Record<PurchaseStatus, string> = { ordered: 'blue', paid: 'teal', cancelled: 'gray' };

function PurchaseItem({
  caseId,
  purchase,
  working,
}: {
  caseId: string;
  purchase: PlanPurchase;
  working: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const money = useMoney();
  const settle = usePlanCommand(
    caseId,
    (status: 'paid' | 'cancelled') =>
      api.patch<PlanPage>(`/cases/${caseId}/plan/purchases/${purchase.id}`, { status }),
    { saved: () => t('plans.purchases.settled') },
  );
  const name = `${purchase.supplier} · ${money(purchase.amount)}`;
  return (
    <Stack component="li" gap={4}>
      <Group gap="xs" justify="space-between" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" dir="auto">
            {name} · {t(`plans.paymentMethods.${purchase.paymentMethod}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {dates.dateTime(purchase.settledAt ?? purchase.orderedAt)}
          </Text>
        </Stack>
        <Group gap={4}>
          <Badge
            color={purchaseColours[purchase.status]}
            c={`${purchaseColours[purchase.status]}.9`}
            variant="light"
            tt="none"
          >
            {t(`plans.purchases.statuses.${purchase.status}`)}
          </Badge>
          {working && purchase.status === 'ordered' && (
            <>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => settle.mutate('paid')}
                loading={settle.isPending && settle.variables === 'paid'}
                aria-label={t('plans.purchases.markPaidNamed', { name })}
              >
                {t('plans.purchases.markPaid')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => settle.mutate('cancelled')}
                loading={settle.isPending && settle.variables === 'cancelled'}
                aria-label={t('plans.purchases.cancelNamed', { name })}
              >
                {t('plans.purchases.cancel')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      <PlanErrorNotice error={settle.error} />
    </Stack>
  );
}

/** The goods list of the current version with what was ordered against each line, and its payment. */
export function Purchases({
  caseId,
  plan,
  working,
}: {
  caseId: string;
  plan: ReintegrationPlan;
  working: boolean;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [ordering, setOrdering] = useState<GoodsLine | null>(null);
  const approved = plan.status === 'approved';
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('plans.purchases.listTitle')}
      </Title>
      {plan.content.goods.length === 0 && <Text size="sm">{t('plans.noLines')}</Text>}
      {plan.content.goods.length > 0 && !approved && (
        <Text size="sm">{t('plans.errors.plan_not_approved')}</Text>
      )}
      <Stack
        component="ul"
        gap="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('plans.purchases.listTitle')}
      >
        {plan.content.goods.map((goods) => {
          const purchases = plan.purchases.filter((p) => p.goodsLineId === goods.id);
          return (
            <Paper component="li" key={goods.id} withBorder p="sm">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Text size="sm" fw={600} dir="auto">
                    {goods.description} · {t('plans.estimatedIs', { amount: money(goods.estimatedCost) })}
                  </Text>
                  {working && approved && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setOrdering(goods)}
                      aria-label={t('plans.purchases.orderNamed', { goods: goods.description })}
                    >
                      {t('plans.purchases.order')}
                    </Button>
                  )}
                </Group>
                {purchases.length > 0 && (
                  <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                    {purchases.map((p) => (
                      <PurchaseItem key={p.id} caseId={caseId} purchase={p} working={working} />
                    ))}
                  </Stack>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {ordering && <PurchaseDialog caseId={caseId} goods={ordering} onClose={() => setOrdering(null)} />}
    </Stack>
  );
}
