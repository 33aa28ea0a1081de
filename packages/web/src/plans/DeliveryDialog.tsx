import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  type DeliveryChannel,
  type DeliveryStatus,
  deliveryChannels,
  deliveryStatuses,
} from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useFieldErrors } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { MoneyFields, moneyDraft, readMoney } from './MoneyFields.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanDelivery, PlanPage } from './types.ts';
import { PlanErrorNotice } from './words.tsx';

/** How a line is delivered: directly, by an implementing partner or on referral; its status, dates and cost. */
export function DeliveryDialog({
  caseId,
  lineId,
  name,
  delivery,
  currency,
  onClose,
}: {
  caseId: string;
  lineId: string;
  /** The line in a few words, for the title. */
  name: string;
  delivery: PlanDelivery | undefined;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [channel, setChannel] = useState<DeliveryChannel>(delivery?.channel ?? 'direct');
  const [partner, setPartner] = useState(delivery?.partner ?? '');
  const [status, setStatus] = useState<DeliveryStatus>(delivery?.status ?? 'planned');
  const [startedOn, setStartedOn] = useState(delivery?.startedOn ?? '');
  const [completedOn, setCompletedOn] = useState(delivery?.completedOn ?? '');
  const [cost, setCost] = useState(() => moneyDraft(delivery?.cost ?? null, currency));
  const [note, setNote] = useState(delivery?.note ?? '');
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});

  const record = usePlanCommand(
    caseId,
    (body: object) =>
      api.put<PlanPage>(`/cases/${caseId}/plan/deliveries/${encodeURIComponent(lineId)}`, body),
    { saved: () => t('plans.delivery.saved'), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readMoney(cost, t);
    const found = {
      ...read.problems,
      ...(channel !== 'direct' && !partner.trim() ? { partner: t('plans.errors.partner_required') } : {}),
    };
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    record.mutate({
      channel,
      partner: partner.trim(),
      status,
      startedOn: startedOn || null,
      completedOn: completedOn || null,
      cost: read.money,
      note: note.trim(),
    });
  }

  const errors = { ...fieldErrors(record.error), ...problems };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('plans.delivery.title', { name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t('plans.delivery.channel')}
            value={channel}
            onChange={(v) => setChannel(v as DeliveryChannel)}
            withAsterisk
          >
            <Stack gap={6} mt={4}>
              {deliveryChannels.map((c) => (
                <Radio key={c} value={c} label={t(`plans.delivery.channels.${c}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {channel !== 'direct' && (
            <TextInput
              label={t('plans.delivery.partner')}
              value={partner}
              onChange={(e) => setPartner(e.currentTarget.value)}
              error={errors.partner}
              withAsterisk
              maxLength={300}
              dir="auto"
            />
          )}
          <NativeSelect
            label={t('plans.delivery.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as DeliveryStatus)}
            data={deliveryStatuses.map((s) => ({ value: s, label: t(`plans.delivery.statuses.${s}`) }))}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('plans.delivery.startedOn')}
              value={startedOn}
              onChange={(e) => setStartedOn(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('plans.delivery.completedOn')}
              value={completedOn}
              onChange={(e) => setCompletedOn(e.currentTarget.value)}
              error={errors.completedOn}
            />
          </SimpleGrid>
          <MoneyFields label={t('plans.delivery.cost')} value={cost} onChange={setCost} errors={problems} />
          <Textarea
            label={t('plans.delivery.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            dir="auto"
          />
          <PlanErrorNotice error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
