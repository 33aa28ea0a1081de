import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { ErrorNotice } from './errors.tsx';
import { ResponsiveModal } from './ResponsiveModal.tsx';
import { StaleVersionNotice } from './StaleVersionNotice.tsx';

/**
 * Asks for the reason of a decision the history keeps (return or cancel a
 * hand-over): required, in whichever language the user writes.
 */
export function ReasonDialog({
  title,
  message,
  confirmLabel,
  busy,
  error,
  onReload,
  onConfirm,
  onClose,
}: {
  title: string;
  message?: string;
  confirmLabel: string;
  busy?: boolean;
  error?: unknown;
  /** Offered when the save was refused as stale. */
  onReload?: () => void;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const stale = error instanceof ApiError && error.code === 'stale_version';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <ResponsiveModal opened onClose={onClose} title={title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          {message && <Text size="sm">{message}</Text>}
          <Textarea
            label={t('cases.moveReason')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('validation.required') : undefined}
            withAsterisk
            autosize
            minRows={3}
            dir="auto"
          />
          {stale && onReload ? <StaleVersionNotice onReload={onReload} /> : <ErrorNotice error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={stale}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
