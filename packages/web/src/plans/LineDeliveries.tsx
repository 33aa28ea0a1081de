import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { planBudget } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/format.ts';
import { DeliveryDialog } from './DeliveryDialog.tsx';
import type { PlanDelivery, ReintegrationPlan } from './types.ts';
import { assistanceName, useMoney } from './words.tsx';

/** Where the delivery of a line stands, in one sentence; "planned" until someone records it. */
function DeliveryFacts({ delivery }: { delivery: PlanDelivery | undefined }) {
  const { t } = useTranslation();
  const dates = useDates();
  const money = useMoney();
  if (!delivery) return <Text size="sm">{t('plans.delivery.notRecorded')}</Text>;
  const facts = [
    t(`plans.delivery.statuses.${delivery.status}`),
    t(`plans.delivery.channels.${delivery.channel}`) + (delivery.partner ? `: ${delivery.partner}` : ''),
    delivery.startedOn && t('plans.delivery.startedOnIs', { date: dates.day(delivery.startedOn) }),
    delivery.completedOn && t('plans.delivery.completedOnIs', { date: dates.day(delivery.completedOn) }),
    delivery.cost && t('plans.delivery.costIs', { amount: money(delivery.cost) }),
  ].filter(Boolean);
  return (
    <>
      <Text size="sm" dir="auto">
        {facts.join(' · ')}
      </Text>
      {delivery.note && (
        <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {delivery.note}
        </Text>
      )}
    </>
  );
}

/** Each line of assistance of the current version with how it is being delivered. */
export function LineDeliveries({
  caseId,
  plan,
  working,
}: {
  caseId: string;
  plan: ReintegrationPlan;
  working: boolean;
}) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<{ lineId: string; name: string } | null>(null);
  const lines = [
    ...plan.content.immediate.map((l) => ({
      id: l.id,
      name: t(`plans.immediateKinds.${l.kind}`) + (l.detail ? `: ${l.detail}` : ''),
    })),
    ...plan.content.longTerm.map((l) => ({ id: l.id, name: assistanceName(t, l.kind, l.detail) })),
  ];
  const deliveryOf = (lineId: string) => plan.deliveries.find((d) => d.lineId === lineId);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('plans.delivery.linesTitle')}
      </Title>
      {lines.length === 0 ? (
        <Text size="sm">{t('plans.noLines')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('plans.delivery.linesTitle')}
        >
          {lines.map((line) => (
            <Paper component="li" key={line.id} withBorder p="sm">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={600} dir="auto">
                    {line.name}
                  </Text>
                  <DeliveryFacts delivery={deliveryOf(line.id)} />
                </Stack>
                {working && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setRecording({ lineId: line.id, name: line.name })}
                    aria-label={t('plans.delivery.recordNamed', { name: line.name })}
                  >
                    {t('plans.delivery.record')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {recording && (
        <DeliveryDialog
          caseId={caseId}
          lineId={recording.lineId}
          name={recording.name}
          delivery={deliveryOf(recording.lineId)}
          currency={planBudget(plan.content)[0]?.currency ?? ''}
          onClose={() => setRecording(null)}
        />
      )}
    </Stack>
  );
}
