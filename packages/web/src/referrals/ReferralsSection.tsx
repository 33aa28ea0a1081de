import { Button, Stack, Text } from '@mantine/core';
import type { ReferralStatus } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseFile } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { RecordConsentDialog } from '../cases/page/RecordConsentDialog.tsx';
import { Section } from '../cases/page/Section.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { ReasonDialog } from '../ui/ReasonDialog.tsx';
import { OutcomeDialog } from './OutcomeDialog.tsx';
import { PartnerLinkDialog } from './PartnerLinkDialog.tsx';
import { useCaseReferrals, useProviders, useReferralCommand } from './queries.ts';
import { ReferDialog } from './ReferDialog.tsx';
import { type ReferralAction, ReferralCard } from './ReferralCard.tsx';
import { SendReferralDialog } from './SendReferralDialog.tsx';
import type { Referral } from './types.ts';

type Dialog = { action: ReferralAction | 'consent'; referral: Referral } | 'refer' | null;

/** "Service — provider" for each service of the directory, withdrawn ones included: old referrals name them. */
function useServiceNames(): Map<string, string> {
  const providers = useProviders();
  return new Map(
    (providers.data?.items ?? []).flatMap((p) => p.services.map((s) => [s.id, `${s.name} — ${p.name}`])),
  );
}

/** A move the caseworker makes: cancel, or mark the service completed or not delivered. */
function useMove(caseId: string, done: () => void) {
  const { t } = useTranslation();
  return useReferralCommand(
    caseId,
    ({ referral, to, reason }: { referral: Referral; to: ReferralStatus; reason: string }) =>
      api.post<Referral>(`/cases/${caseId}/referrals/${referral.id}/status`, {
        version: referral.version,
        to,
        reason,
      }),
    { saved: t('referrals.moved'), done },
  );
}

/**
 * The case's referrals to partners' services, each followed from the moment
 * the need was identified to what came of it (seed-003 part A), and the way
 * to make another.
 */
export function ReferralsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const caseId = file.summary.id;
  const referrals = useCaseReferrals(caseId);
  const names = useServiceNames();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const move = useMove(caseId, close);
  const reload = () => {
    void referrals.refetch();
    close();
  };
  const working = can('cases.write') && file.summary.status !== 'closed';
  const items = [...(referrals.data?.items ?? [])].reverse();
  const open = typeof dialog === 'object' && dialog !== null ? dialog : null;
  const reasonFor = (to: 'cancelled' | 'not_delivered', referral: Referral) => (
    <ReasonDialog
      title={t(`referrals.actions.${to}`)}
      message={t(`referrals.reasonHelp.${to}`)}
      confirmLabel={t(`referrals.actions.${to}`)}
      busy={move.isPending}
      error={move.error}
      onReload={reload}
      onConfirm={(reason) => move.mutate({ referral, to, reason })}
      onClose={close}
    />
  );

  return (
    <Section
      id="referrals-heading"
      title={t('referrals.title')}
      action={
        working && (
          <Button variant="light" onClick={() => setDialog('refer')}>
            {t('referrals.refer.open')}
          </Button>
        )
      }
    >
      <ErrorNotice error={referrals.error} />
      {referrals.isSuccess && items.length === 0 && <Text>{t('referrals.none')}</Text>}
      <Stack gap="sm">
        {items.map((r) => (
          <ReferralCard
            key={r.id}
            referral={r}
            service={names.get(r.serviceId) ?? t('referrals.unknownService')}
            working={working}
            onAction={(action) => {
              move.reset();
              setDialog({ action, referral: r });
            }}
          />
        ))}
      </Stack>
      {dialog === 'refer' && <ReferDialog file={file} onClose={close} />}
      {open?.action === 'send' && (
        <SendReferralDialog
          file={file}
          referral={open.referral}
          service={names.get(open.referral.serviceId) ?? ''}
          onRecordConsent={() => setDialog({ action: 'consent', referral: open.referral })}
          onReload={reload}
          onClose={close}
        />
      )}
      {/* Recorded or not, the caseworker comes back to the referral they were sending. */}
      {open?.action === 'consent' && (
        <RecordConsentDialog
          file={file}
          purpose="referral"
          onClose={() => setDialog({ action: 'send', referral: open.referral })}
        />
      )}
      {open?.action === 'cancelled' && reasonFor('cancelled', open.referral)}
      {open?.action === 'not_delivered' && reasonFor('not_delivered', open.referral)}
      {open?.action === 'completed' && (
        <ConfirmDialog
          opened
          title={t('referrals.actions.completed')}
          message={t('referrals.completedHelp')}
          confirmLabel={t('referrals.actions.completed')}
          busy={move.isPending}
          error={move.error}
          onConfirm={() => move.mutate({ referral: open.referral, to: 'completed', reason: '' })}
          onClose={close}
        />
      )}
      {open?.action === 'outcome' && (
        <OutcomeDialog referral={open.referral} onReload={reload} onClose={close} />
      )}
      {open?.action === 'link' && <PartnerLinkDialog referral={open.referral} onClose={close} />}
    </Section>
  );
}
