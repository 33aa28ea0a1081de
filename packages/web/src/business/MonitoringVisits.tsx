import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StaffName } from '../cases/page/StaffName.tsx';
import { useDates } from '../ui/format.ts';
import type { BusinessVisit } from './queries.ts';
import { VisitStatusBadge } from './words.tsx';

/** The monitoring visits, newest first: what each found, why a closed business closed, who went. */
export function MonitoringVisits({ visits }: { visits: BusinessVisit[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (visits.length === 0) return <Text size="sm">{t('business.visits.none')}</Text>;
  return (
    <Stack
      component="ul"
      gap="xs"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('business.visits.title')}
    >
      {[...visits].reverse().map((visit) => (
        <Paper component="li" key={visit.id} withBorder p="sm">
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {dates.day(visit.visitedOn)}
              </Text>
              <VisitStatusBadge status={visit.status} />
            </Group>
            {visit.closureReason && (
              <Text size="sm">
                {t('business.visits.closedBecause', {
                  reason: t(`business.visits.closureReasons.${visit.closureReason}`),
                })}
              </Text>
            )}
            {visit.employees !== null && (
              <Text size="sm">{t('business.visits.employeesCount', { number: visit.employees })}</Text>
            )}
            {visit.note && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {visit.note}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('business.visits.visitedBy')} <StaffName id={visit.visitedBy} />
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
