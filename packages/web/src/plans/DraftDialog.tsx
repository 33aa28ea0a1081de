import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';

/**
 * A new id for a line: stable across versions, so its delivery and its changes
 * follow it. 128 random bits as hex: crypto.randomUUID needs HTTPS or
 * localhost, and an office server on a local network may be plain HTTP.
 */
export const newLineId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The frame of a dialog that edits one line of the plan being written. Nothing
 * is sent: the line goes into the draft, which is saved as one new version.
 */
export function DraftDialog({
  title,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  /** Checks the fields; closes the dialog itself once the line is in the draft. */
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <ResponsiveModal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('plans.editor.keepLine')}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
