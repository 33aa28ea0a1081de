import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the server returns only once (temporary password, API token).
 * Read-only text so it can be selected by hand where the clipboard is not
 * available (plain HTTP on an office network).
 */
export function SecretOnce({ label, value, hint }: { label: string; value: string; hint: string }) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  const hintId = useId();
  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard && window.isSecureContext;
  return (
    <Stack gap="xs">
      <Alert color="blue" variant="light">
        <Text size="sm" id={hintId}>
          {hint}
        </Text>
      </Alert>
      <Group align="end" gap="xs" wrap="nowrap">
        <TextInput
          label={label}
          value={value}
          readOnly
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'monospace' } }}
          // Secrets are Latin letters and digits: keep them left to right inside Arabic pages.
          dir="ltr"
          style={{ flex: 1 }}
        />
        {canCopy && (
          <Button variant="light" onClick={() => clipboard.copy(value)}>
            {clipboard.copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
