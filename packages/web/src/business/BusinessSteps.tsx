import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StaffName } from '../cases/page/StaffName.tsx';
import { useDates } from '../ui/format.ts';
import type { BusinessStep } from './queries.ts';

/** The Annex 2 steps the application went through, oldest first: who moved it, when, and why for each "no". */
export function BusinessSteps({ history }: { history: BusinessStep[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('business.steps')}>
      {history.map((step) => (
        <Stack
          component="li"
          key={`${step.stage}-${step.at}`}
          gap={2}
          ps="sm"
          style={{ borderInlineStart: '3px solid var(--mantine-color-blue-2)' }}
        >
          <Text fw={600} size="sm">
            {t(`business.stages.${step.stage}`)}
          </Text>
          {step.reason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {/* The reason in its own direction: an English reason must not scramble an Arabic label. */}
              {t('business.why')} <span dir="auto">{step.reason}</span>
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {dates.dateTime(step.at)} · <StaffName id={step.by} />
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
