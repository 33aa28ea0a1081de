import { Box, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a 360 px phone instead of squeezing its
 * columns. The scrolling box is focusable so keyboard users can scroll it too,
 * and positioned so that visually hidden labels inside it (absolutely placed)
 * stay inside it instead of stretching the page, which in Arabic made the
 * whole page scroll sideways.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Box
      component="section"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }}
    >
      <Table striped highlightOnHover verticalSpacing="xs" miw={minWidth}>
        {children}
      </Table>
    </Box>
  );
}
