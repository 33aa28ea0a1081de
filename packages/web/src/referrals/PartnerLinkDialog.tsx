import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { SecretOnce } from '../ui/SecretOnce.tsx';
import { useReferralCommand } from './queries.ts';
import type { Referral } from './types.ts';

const lifetimes = [1, 3, 7, 14];

/**
 * A link for a partner without an account: it opens this referral only, with
 * only what was shared, takes one answer and expires. The server keeps no
 * copy it could show again, so the link is shown here once.
 */
export function PartnerLinkDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [days, setDays] = useState('7');
  const make = useReferralCommand(
    referral.caseId,
    () =>
      api.post<{ token: string; expiresAt: string }>(
        `/cases/${referral.caseId}/referrals/${referral.id}/links`,
        { days: Number(days) },
      ),
    {},
  );
  const link = make.data;
  return (
    <ResponsiveModal opened onClose={onClose} title={t('referrals.link.title')} size="md">
      <Stack>
        {link ? (
          <SecretOnce
            label={t('referrals.link.label')}
            value={`${location.origin}/partner/link/${link.token}`}
            hint={t('referrals.link.once', { date: dates.dateTime(link.expiresAt) })}
          />
        ) : (
          <>
            <Text size="sm">{t('referrals.link.help')}</Text>
            <NativeSelect
              label={t('referrals.link.days')}
              value={days}
              onChange={(e) => setDays(e.currentTarget.value)}
              data={lifetimes.map((d) => ({
                value: String(d),
                label: t('referrals.link.daysOption', { days: d }),
              }))}
            />
          </>
        )}
        <ErrorNotice error={make.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {link ? t('common.close') : t('common.cancel')}
          </Button>
          {!link && (
            <Button onClick={() => make.mutate(undefined)} loading={make.isPending}>
              {t('referrals.link.make')}
            </Button>
          )}
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
