import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of a plan or of the comparison, under its name. */
export function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Stack>
  );
}
