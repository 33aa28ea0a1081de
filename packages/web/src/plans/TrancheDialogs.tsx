import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type PaymentMethod, paymentMethods } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { usePlanCommand } from './queries.ts';
import type { PlanPage, PlanTranche } from './types.ts';
import { PlanErrorNotice } from './words.tsx';

const path = (caseId: string, tranche: PlanTranche, action: string) =>
  `/cases/${caseId}/plan/tranches/${encodeURIComponent(tranche.trancheId)}/${action}`;

/** What shows a tranche's condition is met: receipts for the assets, a visit that saw the targets reached. */
export function ConditionDialog({
  caseId,
  tranche,
  name,
  onClose,
}: {
  caseId: string;
  tranche: PlanTranche;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [evidence, setEvidence] = useState(tranche.conditionEvidence ?? '');
  const [missing, setMissing] = useState(false);
  const record = usePlanCommand(
    caseId,
    () => api.post<PlanPage>(path(caseId, tranche, 'condition'), { evidence: evidence.trim() }),
    { saved: () => t('plans.tranches.conditionSaved'), done: onClose },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!evidence.trim());
    if (evidence.trim()) record.mutate();
  }
  return (
    <ResponsiveModal opened onClose={onClose} title={t('plans.tranches.conditionTitle', { name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" dir="auto">
            {t('plans.tranches.conditionIs', {
              condition: t(`plans.conditions.${tranche.condition}`),
              detail: tranche.conditionDetail || '—',
            })}
          </Text>
          <Textarea
            label={t('plans.tranches.evidence')}
            description={t('plans.tranches.evidenceHelp')}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
            error={missing ? t('validation.required') : undefined}
            withAsterisk
            autosize
            minRows={3}
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

/** Pays a requested tranche out: a second person's decision, with how the money goes. */
export function ReleaseDialog({
  caseId,
  tranche,
  name,
  onClose,
}: {
  caseId: string;
  tranche: PlanTranche;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('bank_transfer');
  const release = usePlanCommand(
    caseId,
    () => api.post<PlanPage>(path(caseId, tranche, 'release'), { paymentMethod }),
    { saved: () => t('plans.tranches.released'), done: onClose },
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    release.mutate();
  }
  return (
    <ResponsiveModal opened onClose={onClose} title={t('plans.tranches.releaseTitle', { name })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('plans.tranches.releaseRule')}</Text>
          <NativeSelect
            label={t('plans.paymentMethod')}
            value={paymentMethod}
            onChange={(e) => setPaymentMethod(e.currentTarget.value as PaymentMethod)}
            data={paymentMethods.map((m) => ({ value: m, label: t(`plans.paymentMethods.${m}`) }))}
          />
          <PlanErrorNotice error={release.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={release.isPending}>
              {t('plans.tranches.release')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
