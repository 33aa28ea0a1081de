import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A table's caption above it, at the start of the line in either direction. */
export const captionStyle = {
  captionSide: 'top',
  textAlign: 'start',
  fontWeight: 600,
  paddingBottom: 8,
} as const;

/** A part of the dashboard: a region named by its heading, with what it counts under it. */
export function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {title}
      </Title>
      {intro && <Text>{intro}</Text>}
      {children}
    </Stack>
  );
}
