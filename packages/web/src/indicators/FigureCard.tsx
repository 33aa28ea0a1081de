import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One figure under its name, as on the survey's scores page: a group named by
 * the figure, so that a screen reader reads the name once and then the value.
 */
export function FigureCard({
  label,
  value,
  help,
  children,
}: {
  label: string;
  value: ReactNode;
  help?: string;
  /** What opens from the figure: the cases behind it, the planner. */
  children?: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Stack gap={4}>
        <Text size="sm" aria-hidden="true">
          {label}
        </Text>
        <Text fz="xl" fw={700}>
          {value}
        </Text>
        {help && <Text size="sm">{help}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
