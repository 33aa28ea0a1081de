import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../ui/LanguageMenu.tsx';

/** The frame of the pages seen before the app opens: sign-in and the first password change. */
export function AuthLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" px="md" py="xs" bg="white" wrap="nowrap">
        <Text fw={700} size="lg" c="blue.9">
          Reintegra
        </Text>
        <Group gap="xs" wrap="nowrap">
          <LanguageMenu />
          {aside}
        </Group>
      </Group>
      <Container component="main" size={440} px="sm" py="xl">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
