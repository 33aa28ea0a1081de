import { Anchor, Center, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReferralMessages } from '../referrals/ReferralMessages.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { useAnswerReferral, usePartnerReferral } from './queries.ts';
import { ReferralAnswers } from './ReferralAnswers.tsx';
import { ReferralDetails } from './ReferralDetails.tsx';

/** One referral sent to the partner's organisation, and the partner's answer to it. */
export function PartnerReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = usePartnerReferral(id);
  const answer = useAnswerReferral(referral.data);
  usePageTitle(referral.data?.service ?? t('partner.nav'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/partner" size="sm">
        {t('partner.detail.back')}
      </Anchor>
      <ErrorNotice error={referral.error} />
      {referral.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        referral.data && (
          <>
            <Title order={1} dir="auto">
              {referral.data.service}
            </Title>
            <ReferralAnswers
              referral={referral.data}
              answer={answer}
              onReload={() => void referral.refetch()}
              reloading={referral.isFetching}
            />
            <ReferralDetails referral={referral.data} />
            <ReferralMessages base={`/partner/referrals/${referral.data.id}`} reader="partner" canWrite />
          </>
        )
      )}
    </Stack>
  );
}
