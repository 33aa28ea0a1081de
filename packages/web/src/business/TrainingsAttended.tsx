import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/format.ts';
import type { BusinessTraining } from './queries.ts';
import { useTrainingModules } from './words.tsx';

/** The training modules the returnee attended, in the order recorded. */
export function TrainingsAttended({ trainings }: { trainings: BusinessTraining[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  const modules = useTrainingModules();
  if (trainings.length === 0) return <Text size="sm">{t('business.trainings.none')}</Text>;
  return (
    <List size="sm" spacing={4} aria-label={t('business.trainings.title')}>
      {trainings.map((training, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: trainings are only ever added, so the place is the identity
        <List.Item key={index}>
          <span dir="auto">{modules.shown(training.module)}</span> · {dates.day(training.attendedOn)} ·{' '}
          {training.completed ? t('business.trainings.completedYes') : t('business.trainings.completedNo')}
        </List.Item>
      ))}
    </List>
  );
}
