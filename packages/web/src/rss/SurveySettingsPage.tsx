import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ProgrammeSettingsSection } from './ProgrammeSettingsSection.tsx';
import { WeightSetsSection } from './WeightSetsSection.tsx';

/** The survey's configuration, for administrators: weight sets, and each programme's schedule and scheme. */
export function SurveySettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rssAdmin.nav.surveySettings'));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('rssAdmin.nav.surveySettings')}</Title>
        <Text>{t('rssAdmin.settingsIntro')}</Text>
      </Stack>
      <WeightSetsSection />
      <ProgrammeSettingsSection />
    </Stack>
  );
}
