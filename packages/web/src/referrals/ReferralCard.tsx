import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { isoDay, nextReferralStatuses, overdueReason, type ReferralStatus } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { ReferralMessages } from './ReferralMessages.tsx';
import type { Referral } from './types.ts';
import { OverdueBadge, ReferralStatusBadge } from './words.tsx';

/** What the caseworker may do with one referral, each opening its own dialog. */
export type ReferralAction = 'send' | 'cancelled' | 'completed' | 'not_delivered' | 'outcome' | 'link';

/** The moments of a referral, kept apart as the study asks (seed-003 A.1): each shown once it happened. */
const moments = [
  'identifiedAt',
  'returneeInformedAt',
  'sentAt',
  'acceptedAt',
  'serviceStartedAt',
  'completedAt',
  'closedAt',
] as const;

/** The statuses where the service was (or should have been) given: its outcome can be recorded. */
const outcomeStatuses: ReferralStatus[] = ['in_progress', 'completed', 'not_delivered'];

/** The moves and actions open to the caseworker from where the referral stands. */
function actionsOf(referral: Referral): ReferralAction[] {
  const moves = nextReferralStatuses(referral.status, 'caseworker');
  return [
    ...(moves.includes('sent') ? (['send'] as const) : []),
    // A partner without an account answers through a link; once the referral is out and not finished.
    ...(['sent', 'accepted', 'in_progress'].includes(referral.status) ? (['link'] as const) : []),
    ...(moves.includes('completed') ? (['completed'] as const) : []),
    ...(moves.includes('not_delivered') ? (['not_delivered'] as const) : []),
    ...(outcomeStatuses.includes(referral.status) ? (['outcome'] as const) : []),
    ...(moves.includes('cancelled') ? (['cancelled'] as const) : []),
  ];
}

/** One referral: to whom, how urgent, where it stands, its dates, what was shared and what came of it. */
export function ReferralCard({
  referral,
  service,
  working,
  onAction,
}: {
  referral: Referral;
  /** "Service — provider", from the directory. */
  service: string;
  working: boolean;
  onAction: (action: ReferralAction) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const sentOn = referral.sentAt ? isoDay(new Date(referral.sentAt)) : null;
  const overdue = overdueReason({ ...referral, sentOn }, isoDay(new Date()));
  const headingId = `referral-${referral.id}`;
  const [talking, setTalking] = useState(false);
  const yesNo = (value: boolean | null) =>
    value === null ? t('referrals.facts.notSaid') : value ? t('common.yes') : t('common.no');
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} size="h5" id={headingId} dir="auto">
            {service}
          </Title>
          <Group gap={4}>
            <ReferralStatusBadge status={referral.status} />
            <Badge
              color={referral.urgency === 'urgent' ? 'red' : 'gray'}
              c={referral.urgency === 'urgent' ? 'red.9' : 'gray.9'}
              variant="light"
              tt="none"
            >
              {t(`referrals.urgencies.${referral.urgency}`)}
            </Badge>
            {overdue && <OverdueBadge reason={overdue} />}
          </Group>
        </Group>
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {referral.reason}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} m={0} spacing="xs">
          {moments
            .filter((m) => referral[m])
            .map((m) => (
              <Fact key={m} label={t(`referrals.moments.${m}`)}>
                {dates.dateTime(referral[m])}
              </Fact>
            ))}
          {referral.dueOn && <Fact label={t('referrals.dueOn')}>{dates.day(referral.dueOn)}</Fact>}
        </SimpleGrid>
        {referral.closeReason && (
          <Text size="sm" dir="auto">
            {t(`referrals.closeReason.${referral.status === 'declined' ? 'declined' : 'other'}`, {
              reason: referral.closeReason,
            })}
          </Text>
        )}
        <Text size="sm">
          {t('referrals.shared', {
            fields: referral.sharedFields.map((f) => t(`referrals.fields.${f}`)).join(', '),
          })}
        </Text>
        {referral.eligibilityException && (
          <Text size="sm" dir="auto">
            {t('referrals.eligibility.referredAnyway', { reason: referral.eligibilityException })}
          </Text>
        )}
        {referral.sharingJustification && (
          <Text size="sm" dir="auto">
            {t('referrals.sharedBecause', { reason: referral.sharingJustification })}
          </Text>
        )}
        {referral.consentException && (
          <Text size="sm" dir="auto">
            {t('referrals.sentWithoutConsent', {
              exception: t(`referrals.exceptions.${referral.consentException}`),
              by: referral.exceptionDeterminedBy ?? '',
            })}
          </Text>
        )}
        {referral.received !== null && (
          <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} m={0} spacing="xs">
            <Fact label={t('referrals.outcome.received')}>{yesNo(referral.received)}</Fact>
            <Fact label={t('referrals.outcome.metNeed')}>{yesNo(referral.metNeed)}</Fact>
            <Fact label={t('referrals.outcome.satisfaction')}>
              {referral.returneeSatisfaction === null
                ? t('referrals.outcome.notAsked')
                : t('referrals.outcome.scale', { n: referral.returneeSatisfaction })}
            </Fact>
          </SimpleGrid>
        )}
        {referral.outcomeNote && (
          <Text size="sm" dir="auto">
            {referral.outcomeNote}
          </Text>
        )}
        {referral.status !== 'draft' && (
          <>
            <Group>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setTalking((o) => !o)}
                aria-expanded={talking}
              >
                {talking ? t('referralMessages.hide') : t('referralMessages.show')}
              </Button>
            </Group>
            {talking && (
              <ReferralMessages
                base={`/cases/${referral.caseId}/referrals/${referral.id}`}
                reader="caseworker"
                canWrite={working}
              />
            )}
          </>
        )}
        {working && actionsOf(referral).length > 0 && (
          <Group gap="xs">
            {actionsOf(referral).map((action) => (
              <Button
                key={action}
                size="xs"
                variant={action === 'send' ? 'filled' : action === 'cancelled' ? 'subtle' : 'light'}
                color={action === 'cancelled' ? 'red' : undefined}
                onClick={() => onAction(action)}
              >
                {t(`referrals.actions.${action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
