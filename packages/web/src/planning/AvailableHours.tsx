import { Button, Fieldset, List, NumberInput, Stack, Text } from '@mantine/core';
import { beneficiaryHoursPerWeek, exampleNonBeneficiaryEstimates } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanNumbers } from './words.tsx';

// The study's "Frequency" labels of the other tasks (seed-000 L1037–L1041), in the reader's language.
const frequencies = { Weekly: 'weekly', Monthly: 'monthly', Sporadic: 'sporadic' } as const;
const frequencyOf = (label: string) => frequencies[label as keyof typeof frequencies] ?? 'sporadic';

/**
 * A caseworker's weekly hours for beneficiaries, and the study's way to find
 * them: a working week less the other tasks (L1044: "within a 40 hour work
 * week, an estimation of 30 hours"). The figure the helper gives can be taken
 * over; the study itself rounds it down to 30.
 */
export function AvailableHours({
  available,
  error,
  onChange,
}: {
  available: number | string;
  error: string | undefined;
  onChange: (hours: number | string) => void;
}) {
  const { t } = useTranslation();
  const numbers = usePlanNumbers();
  const [week, setWeek] = useState<number | string>(40);
  const left =
    typeof week === 'number' ? beneficiaryHoursPerWeek(week, exampleNonBeneficiaryEstimates) : null;
  // Offered to the hundredth, as it is shown.
  const offered = left === null ? null : Math.round(left * 100) / 100;
  return (
    <Stack gap="sm">
      <NumberInput
        label={t('planning.available.label')}
        description={t('planning.available.help')}
        value={available}
        onChange={onChange}
        min={0}
        max={168}
        decimalScale={2}
        error={error}
        maw={360}
      />
      <Fieldset legend={t('planning.available.workOut')}>
        <Stack gap="xs">
          <NumberInput
            label={t('planning.available.week')}
            value={week}
            onChange={setWeek}
            min={0}
            max={168}
            decimalScale={2}
            maw={360}
          />
          <Text size="sm" fw={600}>
            {t('planning.available.otherTasks')}
          </Text>
          <List size="sm">
            {exampleNonBeneficiaryEstimates.map((task) => {
              const name = t(`planning.otherTasks.${task.task}`);
              const frequency = t(`planning.frequencies.${frequencyOf(task.frequencyLabel)}`);
              return (
                <List.Item key={task.task}>
                  {task.hoursPerOccurrence === null
                    ? t('planning.available.noFigure', { task: name, frequency })
                    : t('planning.available.taskFigure', {
                        task: name,
                        hours: numbers.number(task.hoursPerOccurrence),
                        frequency,
                      })}
                </List.Item>
              );
            })}
          </List>
          {offered !== null && (
            <>
              <Text size="sm" aria-live="polite">
                {t('planning.available.left', { hours: numbers.number(offered) })}
              </Text>
              <div>
                <Button variant="light" onClick={() => onChange(offered)} disabled={offered <= 0}>
                  {t('planning.available.use', { hours: numbers.number(offered) })}
                </Button>
              </div>
            </>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
