import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One label and its value inside a <dl> (a SimpleGrid with component="dl"): read out as a pair. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
