import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { nextDueTask } from '@reintegra/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFile } from '../../api/types.ts';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { OverdueBadge, SensitiveBadge, StatusBadge, VulnerabilityBadges } from '../badges.tsx';
import { taskName } from '../tasks.ts';
import { offeredMoves, registrationConsent } from './rules.ts';

/**
 * Who, which case, where it stands, what is due next, what makes the person
 * vulnerable, and whether they agreed to be registered.
 */
export function CaseHeader({
  file,
  onMove,
  actions,
}: {
  file: CaseFile;
  onMove?: () => void;
  /** Further buttons beside "Move case" (propose closure, hand over). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { summary } = file;
  const consent = registrationConsent(file);
  const next = nextDueTask(file.tasks);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} dir="auto">
            {summary.person.name}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>
              <Ltr>{summary.reference}</Ltr>
            </Text>
            <StatusBadge status={summary.status} />
            <Text size="sm">{t(`casePhases.${summary.phase}`)}</Text>
            {summary.sensitive && <SensitiveBadge />}
          </Group>
        </Stack>
        <Group gap="xs">
          {actions}
          {onMove && offeredMoves(file).length > 0 && <Button onClick={onMove}>{t('cases.move')}</Button>}
        </Group>
      </Group>
      <VulnerabilityBadges codes={summary.vulnerabilities} />
      {next && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={next.overdue ? 600 : undefined} c={next.overdue ? 'red.9' : undefined}>
            {t('tasks.nextDue', { task: taskName(t, next), date: dates.day(next.dueOn) })}
          </Text>
          {next.overdue && <OverdueBadge />}
        </Group>
      )}
      <Text size="sm">
        {t('cases.consentToRegistration')}:{' '}
        {consent ? (
          t('cases.consentGivenOn', {
            method: t(`consentMethods.${consent.method}`),
            date: dates.date(consent.givenAt),
          })
        ) : (
          <Text span size="sm" fw={600} c="orange.9">
            {t('cases.consentMissing')}
          </Text>
        )}
      </Text>
      {summary.sensitive && (
        <Alert color="red" variant="light" c="red.9">
          {t('cases.sensitiveNote')}
        </Alert>
      )}
      {file.mergedInto && (
        // A closed duplicate: whoever lands here is sent on to the record that is worked.
        <Alert color="blue" variant="light" c="blue.9">
          <Stack gap={4} align="flex-start">
            <Text size="sm" fw={600}>
              {t('merge.mergedIntoNotice', { reference: file.mergedInto.reference })}
            </Text>
            <Anchor
              component={Link}
              to={`/cases/${file.mergedInto.id}`}
              size="sm"
              c="blue.9"
              underline="always"
            >
              {t('merge.openSurvivor', { reference: file.mergedInto.reference })}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
