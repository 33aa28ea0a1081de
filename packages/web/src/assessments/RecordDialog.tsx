import { Alert, Button, Group, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { today } from '../cases/new/draft.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { isOneOf } from './words.tsx';

/** The day a record is dated: required, and not yet to come, since it records what was done. */
export function dayProblem(day: string, t: TFunction): string | undefined {
  if (!day) return t('validation.required');
  return day > today() ? t('validation.notFuture') : undefined;
}

// Refusals particular to these records; the others are worded as everywhere else.
const refusals = ['not_a_child', 'incomplete_assessment', 'incomplete_session'] as const;

function RefusalNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && isOneOf(refusals, error.code)) {
    return (
      <Alert color="red" role="alert" variant="light">
        {t(`assessments.refusals.${error.code}`)}
      </Alert>
    );
  }
  return <ErrorNotice error={error} />;
}

/**
 * The frame of every record on this part of the case page: a form in a
 * dialog (the whole screen on a phone), what went wrong, cancel and save.
 * Assessments and sessions are added, never edited: a record of what was
 * found and agreed on the day.
 */
export function RecordDialog({
  title,
  submitLabel,
  onSubmit,
  onClose,
  pending,
  error,
  problems,
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  pending: boolean;
  /** The server's refusal, if any. */
  error: unknown;
  /** What the form found before sending, by field. */
  problems: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const found = Object.keys(problems).length;
  // After a refused save, take the reader to the first field to fix.
  useEffect(() => {
    if (found || error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [found, error]);

  return (
    <ResponsiveModal opened onClose={onClose} title={title} size="xl">
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
            <RefusalNotice error={error} />
          ) : (
            found > 0 && (
              <Alert color="red" variant="light" role="alert">
                {t('errors.invalid_input')}
              </Alert>
            )
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
