import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { SensitiveBadge, StatusBadge } from '../badges.tsx';
import { offeredMoves, registrationConsent } from './rules.ts';

/** Who, which case, where it stands, and whether the person agreed to be registered. */
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
    </Stack>
  );
}
