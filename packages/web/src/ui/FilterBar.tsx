import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Filters above a list, in a search landmark. Without `onSubmit` they apply
 * as they change and Enter does nothing surprising.
 */
export function FilterBar({
  label,
  children,
  onSubmit,
}: {
  label: string;
  children: ReactNode;
  onSubmit?: () => void;
}) {
  return (
    <search aria-label={label}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>{children}</SimpleGrid>
      </form>
    </search>
  );
}
