import { Button, Group, Title } from '@mantine/core';
import { nextReferralStatuses } from '@reintegra/domain';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { ReasonDialog } from '../ui/ReasonDialog.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import type { PartnerAnswer, PartnerReferral } from './queries.ts';

type ReasonedMove = 'declined' | 'not_delivered';
type ConfirmedMove = 'accepted' | 'in_progress' | 'completed';
/** The statuses the domain lets a partner move a referral to. */
type PartnerMove = ReasonedMove | ConfirmedMove;

// A refusal or a failure must say why: the caseworker re-orients the returnee (the domain's rule).
const needsReason = (to: PartnerMove): to is ReasonedMove => to === 'declined' || to === 'not_delivered';

/**
 * The partner's next moves on a referral, one button each, asked through a
 * dialog. Used on the portal and on the one-time link page alike.
 */
export function ReferralAnswers({
  referral,
  answer,
  onReload,
  reloading,
}: {
  referral: PartnerReferral;
  answer: UseMutationResult<PartnerReferral, Error, PartnerAnswer>;
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<PartnerMove | null>(null);
  const moves = nextReferralStatuses(referral.status, 'partner') as PartnerMove[];
  const stale = answer.error instanceof ApiError && answer.error.code === 'stale_version';
  if (moves.length === 0) return null;

  const send = (to: PartnerMove, reason = '') =>
    answer.mutate(
      { to, reason },
      {
        onSuccess: () => setAsking(null),
        // Someone else answered first: the notice below offers the fresh referral.
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'stale_version') setAsking(null);
        },
      },
    );
  const close = () => {
    setAsking(null);
    answer.reset();
  };

  return (
    <section aria-labelledby="referral-answer">
      <Title order={2} size="h3" id="referral-answer" mb="xs">
        {t('partner.moves.heading')}
      </Title>
      {stale ? (
        <StaleVersionNotice
          reloading={reloading}
          onReload={() => {
            answer.reset();
            onReload();
          }}
        />
      ) : (
        !asking && <ErrorNotice error={answer.error} />
      )}
      <Group mt="sm">
        {moves.map((to) => (
          <Button
            key={to}
            variant={needsReason(to) ? 'default' : 'filled'}
            disabled={stale}
            onClick={() => {
              answer.reset();
              setAsking(to);
            }}
          >
            {t(`partner.moves.${to}`)}
          </Button>
        ))}
      </Group>
      {asking && needsReason(asking) && (
        <ReasonDialog
          title={t(`partner.reasonTitle.${asking}`)}
          message={t('partner.reasonHelp')}
          confirmLabel={t(`partner.moves.${asking}`)}
          busy={answer.isPending}
          error={answer.error}
          onConfirm={(reason) => send(asking, reason)}
          onClose={close}
        />
      )}
      {asking && !needsReason(asking) && (
        <ConfirmDialog
          opened
          title={t(`partner.confirm.${asking}.title`)}
          message={t(`partner.confirm.${asking}.body`, { service: referral.service })}
          confirmLabel={t(`partner.moves.${asking}`)}
          busy={answer.isPending}
          error={answer.error}
          onConfirm={() => send(asking)}
          onClose={close}
        />
      )}
    </section>
  );
}
