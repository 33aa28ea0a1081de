import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReferralStatusBadge } from '../referrals/words.tsx';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import type { PartnerReferral } from './queries.ts';
import { SharedData } from './SharedData.tsx';

/** The referral as it reached the partner: why, by when, where it stands, and the person's shared data. */
export function ReferralDetails({ referral }: { referral: PartnerReferral }) {
  const { t } = useTranslation();
  const dates = useDates();
  // Only the moments that happened: an empty "completed" on a new referral says nothing.
  const moments = [
    ['sentAt', referral.sentAt],
    ['acceptedAt', referral.acceptedAt],
    ['serviceStartedAt', referral.serviceStartedAt],
    ['completedAt', referral.completedAt],
    ['closedAt', referral.closedAt],
  ] as const;
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <ReferralStatusBadge status={referral.status} reader="partner" />
        <Text size="sm">{t(`partner.urgencies.${referral.urgency}`)}</Text>
      </Group>
      <section aria-labelledby="referral-reason">
        <Title order={2} size="h3" id="referral-reason" mb="xs">
          {t('partner.detail.reason')}
        </Title>
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {referral.reason}
        </Text>
        {referral.eligibilityException && (
          <Text mt="xs" dir="auto">
            <strong>{t('partner.detail.eligibilityException')}</strong> {referral.eligibilityException}
          </Text>
        )}
        {referral.closeReason && (
          <Text mt="xs" dir="auto">
            <strong>{t('partner.detail.closeReason')}</strong> {referral.closeReason}
          </Text>
        )}
      </section>
      <section aria-labelledby="referral-dates">
        <Title order={2} size="h3" id="referral-dates" mb="xs">
          {t('partner.detail.dates')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0}>
          {moments
            .filter(([, at]) => at)
            .map(([moment, at]) => (
              <Fact key={moment} label={t(`partner.detail.${moment}`)}>
                {dates.date(at)}
              </Fact>
            ))}
          {referral.dueOn && <Fact label={t('partner.detail.dueOn')}>{dates.day(referral.dueOn)}</Fact>}
        </SimpleGrid>
      </section>
      <section aria-labelledby="referral-shared">
        <Title order={2} size="h3" id="referral-shared" mb={4}>
          {t('partner.detail.shared')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('partner.detail.sharedHelp')}
        </Text>
        <SharedData shared={referral.shared} />
      </section>
    </Stack>
  );
}
