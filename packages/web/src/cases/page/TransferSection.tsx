import { Badge, Button, Group, List, SimpleGrid, Text } from '@mantine/core';
import type { TransferStatus } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, Transfer } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { useDates } from '../../ui/format.ts';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { Section } from './Section.tsx';
import { StaffName } from './StaffName.tsx';

type Decision = 'approve' | 'refuse' | 'cancel' | 'confirm_receipt';

// Shades whose darkest text keeps 4.5:1 on their pale background (yellow does not).
const statusColours: Record<TransferStatus, string> = {
  awaiting_approval: 'blue',
  approved: 'teal',
  received: 'green',
  refused: 'red',
  cancelled: 'gray',
};

/** Free text as the caseworker wrote it, in whichever language. */
function Written({ text }: { text: string }) {
  return (
    <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
      {text || '—'}
    </Text>
  );
}

/**
 * The case's latest transfer to a partner or government caseworker and where
 * it stands. A supervisor other than the proposer approves or refuses it;
 * whoever works the case may withdraw it before approval, and records when
 * the recipient has taken the case on.
 */
export function TransferSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const dates = useDates();
  const [asking, setAsking] = useState<'refuse' | 'cancel' | null>(null);
  const id = file.summary.id;
  const transfer: Transfer | undefined = file.transfers[0];

  const { command: decide, stale } = useCaseCommand(
    id,
    (body: { decision: Decision; reason?: string }) =>
      api.post<CaseFile>(`/transfers/${transfer?.id}/decisions`, { version: transfer?.version, ...body }),
    {
      saved: (next) => {
        const status = next.transfers[0]?.status;
        return status ? t('transfers.nowStatus', { status: t(`transferStatuses.${status}`) }) : '';
      },
      done: () => setAsking(null),
    },
  );
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => decide.reset() });
  if (!transfer) return null;

  const writer = can('cases.write');
  const ownProposal = transfer.proposedBy === me?.user.id;
  // Four eyes: a supervisor approves or refuses someone else's proposal only.
  const approver = can('cases.approve') && !ownProposal;
  const waiting = transfer.status === 'awaiting_approval';
  const colour = statusColours[transfer.status];
  const earlier = file.transfers.slice(1);
  return (
    <Section
      id="transfer-heading"
      title={t('transfers.sectionTitle')}
      action={
        <Group gap="xs">
          {waiting && approver && (
            <>
              <Button
                onClick={() => decide.mutate({ decision: 'approve' })}
                loading={decide.isPending}
                disabled={stale}
              >
                {t('transfers.approve')}
              </Button>
              <Button variant="default" onClick={() => setAsking('refuse')}>
                {t('transfers.refuse')}
              </Button>
            </>
          )}
          {waiting && writer && (
            <Button variant="subtle" color="red" onClick={() => setAsking('cancel')}>
              {t('transfers.withdraw')}
            </Button>
          )}
          {transfer.status === 'approved' && writer && (
            <Button
              onClick={() => decide.mutate({ decision: 'confirm_receipt' })}
              loading={decide.isPending}
              disabled={stale}
            >
              {t('transfers.confirmReceipt')}
            </Button>
          )}
        </Group>
      }
    >
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
        <Fact label={t('cases.status')}>
          <Badge color={colour} c={`${colour}.9`} variant="light" tt="none">
            {t(`transferStatuses.${transfer.status}`)}
          </Badge>
        </Fact>
        <Fact label={t('transfers.recipient')}>{t(`transferRecipients.${transfer.recipient}`)}</Fact>
        <Fact label={t('transfers.organisation')}>
          <Written text={transfer.organisation} />
        </Fact>
        <Fact label={t('transfers.contactName')}>
          <Written text={transfer.contactName} />
        </Fact>
        <Fact label={t('transfers.contact')}>
          <Written text={transfer.contactDetails} />
        </Fact>
        <Fact label={t('transfers.proposedBy')}>
          <StaffName id={transfer.proposedBy} /> · {dates.dateTime(transfer.proposedAt)}
        </Fact>
        <Fact label={t('transfers.reason')}>
          <Written text={transfer.reason} />
        </Fact>
        <Fact label={t('transfers.summary')}>
          <Written text={transfer.summary} />
        </Fact>
        {transfer.decidedBy && (
          <Fact label={t('transfers.decidedBy')}>
            <StaffName id={transfer.decidedBy} /> · {dates.dateTime(transfer.decidedAt)}
          </Fact>
        )}
        {transfer.decisionReason && (
          <Fact label={t('transfers.decisionReason')}>
            <Written text={transfer.decisionReason} />
          </Fact>
        )}
        {transfer.receivedAt && (
          <Fact label={t('transfers.receivedAt')}>{dates.dateTime(transfer.receivedAt)}</Fact>
        )}
      </SimpleGrid>
      {waiting && !approver && (
        <Text size="sm">
          {ownProposal && can('cases.approve') ? t('transfers.notOwn') : t('transfers.awaiting')}
        </Text>
      )}
      {stale ? (
        <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
      ) : (
        !asking && <ErrorNotice error={decide.error ?? reload.error} />
      )}
      {earlier.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('transfers.earlier')}
          </Text>
          <List size="sm" spacing={2}>
            {earlier.map((tr) => (
              <List.Item key={tr.id}>
                <span dir="auto">{tr.organisation}</span> · {t(`transferStatuses.${tr.status}`)} ·{' '}
                {dates.date(tr.proposedAt)}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {asking && (
        <ReasonDialog
          title={asking === 'refuse' ? t('transfers.refuseTitle') : t('transfers.withdrawTitle')}
          confirmLabel={asking === 'refuse' ? t('transfers.refuse') : t('transfers.withdraw')}
          busy={decide.isPending}
          error={decide.error ?? reload.error}
          onReload={() => reload.mutate()}
          onConfirm={(reason) => decide.mutate({ decision: asking, reason })}
          onClose={() => setAsking(null)}
        />
      )}
    </Section>
  );
}
