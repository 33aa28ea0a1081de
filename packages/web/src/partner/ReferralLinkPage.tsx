import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { AuthLayout } from '../auth/AuthLayout.tsx';
import { ReferralStatusBadge } from '../referrals/words.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { useAnswerByLink, useReferralLink } from './queries.ts';
import { ReferralAnswers } from './ReferralAnswers.tsx';
import { ReferralDetails } from './ReferralDetails.tsx';

/** Why a link no longer opens, in words the partner can act on: each asks the caseworker for a new one. */
function DeadLink({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const why =
    error instanceof ApiError && error.code === 'link_used'
      ? t('partner.link.used')
      : error instanceof ApiError && error.code === 'link_expired'
        ? t('partner.link.expired')
        : error instanceof ApiError && error.status === 404
          ? t('partner.link.unknown')
          : null;
  if (!why) return <ErrorNotice error={error} />;
  return (
    // The words carry the title in the dark shade: Mantine's own title colour is too pale on this background.
    <Alert color="orange" c="orange.9" variant="light" role="alert">
      <Text fw={700}>{t('partner.link.closed')}</Text>
      <Text size="sm">{why}</Text>
    </Alert>
  );
}

/**
 * A referral opened through a one-time link by a partner without an account:
 * no sign-in, only this referral and its shared data, and one answer, after
 * which the link is spent (the caseworker sends a new one for the next step).
 */
export function ReferralLinkPage() {
  const { t } = useTranslation();
  usePageTitle(t('partner.link.title'));
  const { token = '' } = useParams();
  const referral = useReferralLink(token);
  const answer = useAnswerByLink(token, referral.data);
  const answered = answer.data;

  return (
    <AuthLayout>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('partner.link.title')}
        </Title>
        {referral.isPending ? (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : referral.error ? (
          <DeadLink error={referral.error} />
        ) : answer.error instanceof ApiError && answer.error.status === 410 ? (
          // Spent or expired while the page was open.
          <DeadLink error={answer.error} />
        ) : answered ? (
          <Alert color="green" c="green.9" variant="light" role="status">
            <Stack gap="xs" align="flex-start">
              <Text fw={700}>{t('partner.link.answered')}</Text>
              <ReferralStatusBadge status={answered.status} reader="partner" />
              <Text size="sm">{t('partner.link.spent')}</Text>
            </Stack>
          </Alert>
        ) : (
          referral.data && (
            <>
              <Text>{t('partner.link.intro', { service: referral.data.service })}</Text>
              <ReferralAnswers
                referral={referral.data}
                answer={answer}
                onReload={() => void referral.refetch()}
                reloading={referral.isFetching}
              />
              <ReferralDetails referral={referral.data} />
            </>
          )
        )}
      </Stack>
    </AuthLayout>
  );
}
