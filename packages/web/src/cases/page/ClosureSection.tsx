import { Alert, Button, Group, List, SimpleGrid, Text } from '@mantine/core';
import type { CaseStatus, ClosureChecklist } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, ClosureProposal } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { useDates } from '../../ui/format.ts';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { openItems } from './closure.ts';
import { Section } from './Section.tsx';

/** Approving is the move to closed; sending back is the move to where the case was, with a reason. */
function useDecision(file: CaseFile, onDone: () => void) {
  const { t } = useTranslation();
  const id = file.summary.id;
  return useCaseCommand(
    id,
    (body: { to: CaseStatus; reason?: string }) =>
      api.post<CaseFile>(`/cases/${id}/transitions`, { version: file.summary.version, ...body }),
    { saved: (next) => t('cases.moved', { status: t(`caseStatuses.${next.summary.status}`) }), done: onDone },
  );
}

function ChecklistFacts({ proposal }: { proposal: ClosureProposal }) {
  const { t } = useTranslation();
  const yesNo = (done: boolean) => (done ? t('common.yes') : t('common.no'));
  const handOver =
    proposal.handOverConsented === 'not_applicable'
      ? t('closure.notApplicable')
      : yesNo(proposal.handOverConsented === 'yes');
  return (
    <>
      <Fact label={t('closure.items.planReviewed')}>{yesNo(proposal.planReviewed)}</Fact>
      <Fact label={t('closure.items.exitInterviewDone')}>{yesNo(proposal.exitInterviewDone)}</Fact>
      <Fact label={t('closure.items.unmetNeedsRecorded')}>{yesNo(proposal.unmetNeedsRecorded)}</Fact>
      <Fact label={t('closure.items.handOverConsented')}>{handOver}</Fact>
    </>
  );
}

/** Asks why a proposed closure goes back to where the case was; the history keeps the reason. */
function SendBackDialog({
  file,
  onReload,
  onClose,
}: {
  file: CaseFile;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { command: decide } = useDecision(file, onClose);
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => decide.reset() });
  const back = file.resumeStatus;
  return (
    <ReasonDialog
      title={t('closure.sendBackTitle')}
      message={back ? t('closure.sendBackTo', { status: t(`caseStatuses.${back}`) }) : undefined}
      confirmLabel={t('closure.sendBack')}
      busy={decide.isPending}
      error={decide.error ?? reload.error}
      onReload={() => reload.mutate()}
      onConfirm={(reason) => back && decide.mutate({ to: back, reason })}
      onClose={onClose}
    />
  );
}

/**
 * A closure waiting for a supervisor: why, and how far the checklist is done.
 * A supervisor approves it (the move to closed) or sends it back with a reason.
 */
export function ClosureSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const dates = useDates();
  const [sendingBack, setSendingBack] = useState(false);
  const { command: approve, stale } = useDecision(file, () => {});
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => approve.reset() });
  const proposal = file.closure;
  if (proposal?.outcome !== 'pending' || file.summary.status !== 'closure_review') return null;

  const open = openItems(proposal);
  const supervisor = can('cases.approve');
  return (
    <Section
      id="closure-heading"
      title={t('closure.pendingTitle')}
      action={
        supervisor && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setSendingBack(true)}>
              {t('closure.sendBack')}
            </Button>
            <Button
              onClick={() => approve.mutate({ to: 'closed' })}
              loading={approve.isPending}
              disabled={open.length > 0 || stale}
            >
              {t('closure.approve')}
            </Button>
          </Group>
        )
      }
    >
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
        <Fact label={t('closure.reason')}>{t(`closureReasons.${proposal.reason}`)}</Fact>
        <Fact label={t('closure.proposedAt')}>{dates.dateTime(proposal.proposedAt)}</Fact>
        <ChecklistFacts proposal={proposal} />
        <Fact label={t('closure.unmetNeeds')}>
          <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {proposal.unmetNeeds || '—'}
          </Text>
        </Fact>
        <Fact label={t('closure.notes')}>
          <Text span size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {proposal.notes || '—'}
          </Text>
        </Fact>
      </SimpleGrid>
      <OpenChecklistItems items={open} />
      {!supervisor && <Text size="sm">{t('closure.awaitingSupervisor')}</Text>}
      {stale ? (
        <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
      ) : (
        <ErrorNotice error={approve.error ?? reload.error} />
      )}
      {sendingBack && (
        <SendBackDialog file={file} onReload={onReload} onClose={() => setSendingBack(false)} />
      )}
    </Section>
  );
}

/** The checklist items that still stand between a proposal and its approval. */
export function OpenChecklistItems({ items }: { items: readonly (keyof ClosureChecklist)[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    // No Alert title: Mantine colours it in a shade below 4.5:1 on the pale background.
    <Alert color="orange" c="orange.9" variant="light">
      <Text size="sm" fw={600}>
        {t('closure.openBeforeApproval')}
      </Text>
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item}>{t(`closure.items.${item}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
