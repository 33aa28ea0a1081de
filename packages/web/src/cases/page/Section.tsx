import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of the case page: a level-2 heading (for screen-reader navigation), an optional action, its content. */
export function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Group justify="space-between" align="center">
        {/* Reached from the page's contents: kept clear of the fixed header. */}
        <Title order={2} size="h3" id={id} style={{ scrollMarginTop: 72 }}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}
