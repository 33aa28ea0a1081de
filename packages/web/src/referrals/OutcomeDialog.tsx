import { Button, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { useReferralCommand } from './queries.ts';
import type { Referral } from './types.ts';

type Answer = 'yes' | 'no' | '';
const asAnswer = (value: boolean | null): Answer => (value === null ? '' : value ? 'yes' : 'no');

/**
 * What became of the referral for the returnee: whether the service was
 * received and met the need, and how satisfied they were. The study found
 * referrals counted as done without anyone asking (seed-003 PP3).
 */
export function OutcomeDialog({
  referral,
  onReload,
  onClose,
}: {
  referral: Referral;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [received, setReceived] = useState<Answer>(asAnswer(referral.received));
  const [metNeed, setMetNeed] = useState<Answer>(asAnswer(referral.metNeed));
  const [satisfaction, setSatisfaction] = useState(String(referral.returneeSatisfaction ?? ''));
  const [note, setNote] = useState(referral.outcomeNote ?? '');
  const [missing, setMissing] = useState(false);
  const record = useReferralCommand(
    referral.caseId,
    () =>
      api.post<Referral>(`/cases/${referral.caseId}/referrals/${referral.id}/outcome`, {
        version: referral.version,
        received: received === 'yes',
        metNeed: metNeed === '' ? null : metNeed === 'yes',
        returneeSatisfaction: satisfaction ? Number(satisfaction) : null,
        note: note.trim(),
      }),
    { saved: t('referrals.outcome.saved'), done: onClose },
  );
  const stale = record.error instanceof ApiError && record.error.code === 'stale_version';

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(received === '');
    if (received !== '') record.mutate(undefined);
  }

  const yesNo = (
    <Group gap="md" mt="xs">
      <Radio value="yes" label={t('common.yes')} />
      <Radio value="no" label={t('common.no')} />
    </Group>
  );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('referrals.outcome.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t('referrals.outcome.received')}
            value={received}
            onChange={(v) => setReceived(v as Answer)}
            error={missing ? t('validation.required') : undefined}
            withAsterisk
          >
            {yesNo}
          </Radio.Group>
          <Radio.Group
            label={t('referrals.outcome.metNeed')}
            value={metNeed}
            onChange={(v) => setMetNeed(v as Answer)}
          >
            {yesNo}
          </Radio.Group>
          <NativeSelect
            label={t('referrals.outcome.satisfaction')}
            value={satisfaction}
            onChange={(e) => setSatisfaction(e.currentTarget.value)}
            data={[
              { value: '', label: t('referrals.outcome.notAsked') },
              ...[1, 2, 3, 4, 5].map((n) => ({
                value: String(n),
                label: t('referrals.outcome.scale', { n }),
              })),
            ]}
          />
          <Textarea
            label={t('referrals.outcome.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            dir="auto"
          />
          {stale ? <StaleVersionNotice onReload={onReload} /> : <ErrorNotice error={record.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={stale}>
              {t('referrals.outcome.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
