import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rowKey } from '../cases/new/rows.ts';

/** A job or trade as the form holds it; the years as typed, read as a number when sent. */
export interface JobRow {
  key: string;
  occupation: string;
  where: string;
  years: string;
}

export const emptyJob = (): JobRow => ({ key: rowKey(), occupation: '', where: '', years: '' });

/** The work the person has done, before and during migration: what, where and for how long. */
export function WorkHistoryField({
  value,
  onChange,
  errors,
}: {
  value: JobRow[];
  onChange: (next: JobRow[]) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const set = (index: number, changes: Partial<JobRow>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  return (
    <Fieldset legend={t('assessments.workHistory')} p="sm">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('assessments.workHistoryHelp')}
        </Text>
        {value.map((job, i) => {
          const legend = t('assessments.job', { number: i + 1 });
          const at = `findings.workHistory.${i}`;
          return (
            <Fieldset key={job.key} legend={legend} p="xs" variant="unstyled">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput
                  label={t('assessments.occupation')}
                  value={job.occupation}
                  onChange={(e) => set(i, { occupation: e.currentTarget.value })}
                  error={errors[`${at}.occupation`]}
                  maxLength={200}
                  withAsterisk
                  dir="auto"
                />
                <TextInput
                  label={t('assessments.where')}
                  value={job.where}
                  onChange={(e) => set(i, { where: e.currentTarget.value })}
                  error={errors[`${at}.where`]}
                  maxLength={200}
                  dir="auto"
                />
                <TextInput
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={80}
                  step={0.5}
                  label={t('assessments.years')}
                  value={job.years}
                  onChange={(e) => set(i, { years: e.currentTarget.value })}
                  error={errors[`${at}.years`]}
                  withAsterisk
                />
              </SimpleGrid>
              <Group justify="flex-end" mt={4}>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                >
                  {t('cases.removeRow', { what: legend })}
                </Button>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...value, emptyJob()])}>
            {t('assessments.addJob')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
