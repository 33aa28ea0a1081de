import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { releaseProblems, requestProblems, type TrancheStatus } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { StaffName } from '../cases/page/StaffName.tsx';
import { useDates } from '../ui/format.ts';
import { usePlanCommand } from './queries.ts';
import { ConditionDialog, ReleaseDialog } from './TrancheDialogs.tsx';
import type { PlanPage, PlanTranche, ReintegrationPlan } from './types.ts';
import { PlanErrorNotice, useMoney } from './words.tsx';

const statusColours: Record<TrancheStatus, string> = {
  scheduled: 'gray',
  requested: 'blue',
  released: 'teal',
  cancelled: 'dark',
};

/**
 * One tranche and the next step it waits for: asked for (after the earlier
 * ones, on an approved plan), its condition shown, then released by a
 * supervisor other than the one who asked. A step not open yet says why.
 */
function TrancheItem({
  caseId,
  plan,
  tranche,
  earlier,
  name,
  working,
}: {
  caseId: string;
  plan: ReintegrationPlan;
  tranche: PlanTranche;
  earlier: PlanTranche[];
  name: string;
  working: boolean;
}) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const dates = useDates();
  const money = useMoney();
  const [dialog, setDialog] = useState<'condition' | 'release' | null>(null);
  const request = usePlanCommand(
    caseId,
    () =>
      api.post<PlanPage>(`/cases/${caseId}/plan/tranches/${encodeURIComponent(tranche.trancheId)}/request`),
    { saved: () => t('plans.tranches.requested') },
  );
  const refusedRequest = requestProblems(tranche, earlier, plan.status === 'approved');
  const refusedRelease = releaseProblems(tranche, tranche, me?.user.id ?? '');
  const approver = can('cases.approve') && working;
  const open = tranche.status === 'scheduled' || tranche.status === 'requested';

  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text size="sm" fw={600}>
            {name} · {money(tranche.amount)}
          </Text>
          <Badge
            color={statusColours[tranche.status]}
            c={`${statusColours[tranche.status]}.9`}
            variant="light"
            tt="none"
          >
            {t(`plans.tranches.statuses.${tranche.status}`)}
          </Badge>
        </Group>
        <Text size="sm" dir="auto">
          {t(`plans.conditions.${tranche.condition}`)}
          {tranche.conditionDetail && `: ${tranche.conditionDetail}`}
        </Text>
        {tranche.conditionEvidence && (
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {t('plans.tranches.evidenceIs', { evidence: tranche.conditionEvidence })}
          </Text>
        )}
        {tranche.requestedBy && tranche.requestedAt && (
          <Text size="xs" c="dimmed">
            {t('plans.tranches.requestedOn', { date: dates.dateTime(tranche.requestedAt) })} ·{' '}
            <StaffName id={tranche.requestedBy} />
          </Text>
        )}
        {tranche.releasedBy && tranche.releasedAt && (
          <Text size="xs" c="dimmed">
            {t('plans.tranches.releasedOn', {
              date: dates.dateTime(tranche.releasedAt),
              method: tranche.paymentMethod ? t(`plans.paymentMethods.${tranche.paymentMethod}`) : '—',
            })}{' '}
            · <StaffName id={tranche.releasedBy} />
          </Text>
        )}
        {working && (
          <Group gap="xs" mt={4}>
            {tranche.status === 'scheduled' && (
              <Button
                size="xs"
                variant="light"
                onClick={() => request.mutate()}
                loading={request.isPending}
                disabled={refusedRequest.length > 0}
                aria-label={t('plans.tranches.requestNamed', { name })}
              >
                {t('plans.tranches.request')}
              </Button>
            )}
            {open && tranche.condition !== 'none' && (
              <Button
                size="xs"
                variant="default"
                onClick={() => setDialog('condition')}
                aria-label={t('plans.tranches.recordConditionNamed', { name })}
              >
                {t('plans.tranches.recordCondition')}
              </Button>
            )}
            {approver && tranche.status === 'requested' && (
              <Button
                size="xs"
                onClick={() => setDialog('release')}
                disabled={refusedRelease.length > 0}
                aria-label={t('plans.tranches.releaseNamed', { name })}
              >
                {t('plans.tranches.release')}
              </Button>
            )}
          </Group>
        )}
        {working && tranche.status === 'scheduled' && refusedRequest.length > 0 && (
          <Text size="sm" c="dimmed">
            {refusedRequest.map((p) => t(`plans.errors.${p}`)).join(' ')}
          </Text>
        )}
        {tranche.status === 'requested' &&
          (approver ? (
            refusedRelease.length > 0 && (
              <Text size="sm" c="orange.9">
                {refusedRelease.map((p) => t(`plans.errors.${p}`)).join(' ')}
              </Text>
            )
          ) : (
            <Text size="sm" c="dimmed">
              {t('plans.tranches.waitingRelease')}
            </Text>
          ))}
        <PlanErrorNotice error={request.error} />
      </Stack>
      {dialog === 'condition' && (
        <ConditionDialog caseId={caseId} tranche={tranche} name={name} onClose={() => setDialog(null)} />
      )}
      {dialog === 'release' && (
        <ReleaseDialog caseId={caseId} tranche={tranche} name={name} onClose={() => setDialog(null)} />
      )}
    </Paper>
  );
}

/** The grants of the current version, tranche by tranche. */
export function Tranches({
  caseId,
  plan,
  working,
}: {
  caseId: string;
  plan: ReintegrationPlan;
  working: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('plans.grants')}
      </Title>
      {plan.content.grants.length === 0 && <Text size="sm">{t('plans.noLines')}</Text>}
      {plan.content.grants.map((grant) => {
        const tranches = plan.tranches.filter((tr) => tr.grantId === grant.id);
        return (
          <Stack key={grant.id} gap="xs">
            <Text size="sm" fw={700} dir="auto">
              {grant.purpose}
            </Text>
            <Stack
              component="ul"
              gap="xs"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('plans.tranches.of', { grant: grant.purpose })}
            >
              {tranches.map((tranche, i) => (
                <TrancheItem
                  key={tranche.trancheId}
                  caseId={caseId}
                  plan={plan}
                  tranche={tranche}
                  earlier={tranches.slice(0, i)}
                  name={t('plans.tranches.name', { grant: grant.purpose, number: i + 1 })}
                  working={working}
                />
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}
