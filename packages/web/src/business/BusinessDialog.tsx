import { Alert, Button, Group, Stack } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { BusinessRefusal } from './words.tsx';

/**
 * The frame of every form on the application: the form in a dialog (the
 * whole screen on a phone), what went wrong, cancel and save. After a stale
 * write the reader reloads, which closes the form: what a colleague saved is
 * seen before anything is written over it.
 */
export function BusinessDialog({
  title,
  submitLabel,
  onSubmit,
  onClose,
  onReload,
  pending,
  error,
  problems,
  size = 'lg',
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  onReload: () => void;
  pending: boolean;
  /** The server's refusal, if any. */
  error: unknown;
  /** What the form found before sending, by field. */
  problems: Record<string, string>;
  size?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const found = Object.values(problems).some(Boolean);
  const stale = error instanceof ApiError && error.code === 'stale_version';
  // After a refused save, take the reader to the first field to fix.
  useEffect(() => {
    if (found || error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [found, error]);

  return (
    <ResponsiveModal opened onClose={onClose} title={title} size={size}>
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack>
          {children}
          {error ? (
            <BusinessRefusal
              error={error}
              onReload={() => {
                onReload();
                onClose();
              }}
            />
          ) : (
            found && (
              <Alert color="red" variant="light" role="alert">
                {t('errors.invalid_input')}
              </Alert>
            )
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={stale}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
