import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a save was refused because someone else saved first: nothing was overwritten. */
export function StaleVersionNotice({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('stale.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('stale.body')}</Text>
        <Button size="xs" variant="default" onClick={onReload} loading={reloading}>
          {t('stale.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
