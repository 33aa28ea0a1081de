import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { passwordMinLength, passwordProblem } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorNotice, fieldErrorsOf, useFieldErrors } from '../ui/errors.tsx';

/**
 * Used for the forced change after a temporary password and on the account
 * page. The domain's password rule runs here first so the reader gets the
 * reason in their language before anything is sent.
 */
export function ChangePasswordForm({ username, onChanged }: { username: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const change = useMutation({
    mutationFn: () => api.post('/auth/password', { currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      onChanged();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t('validation.required');
    const problem = passwordProblem(next, username);
    if (problem === 'too_short') found.newPassword = t('password.tooShort', { min: passwordMinLength });
    else if (problem === 'too_long') found.newPassword = t('password.tooLong');
    else if (problem === 'same_as_username') found.newPassword = t('password.containsUsername');
    else if (next === current) found.newPassword = t('password.sameAsCurrent');
    if (!found.newPassword && repeat !== next) found.repeat = t('password.mismatch');
    setProblems(found);
    if (Object.keys(found).length === 0) change.mutate();
  }

  const server = fieldErrorsOf(change.error);
  // The server names the field whose check failed; the one it can fail on here is the current password.
  const fromServer: Record<string, string> = {};
  if (server.currentPassword) fromServer.currentPassword = t('password.currentWrong');
  if (server.newPassword)
    fromServer.newPassword = fieldErrors(change.error).newPassword ?? server.newPassword;
  const errors = { ...fromServer, ...problems };
  const toggle = { 'aria-label': t('common.showPassword') };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={t('password.current')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoComplete="current-password"
          error={errors.currentPassword}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.rule', { min: passwordMinLength })}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          autoComplete="new-password"
          error={errors.newPassword}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('password.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          autoComplete="new-password"
          error={errors.repeat}
          visibilityToggleButtonProps={toggle}
        />
        {change.error && Object.keys(server).length === 0 && <ErrorNotice error={change.error} />}
        {change.isSuccess && (
          <Text role="status" c="teal.9">
            {t('password.changed')}
          </Text>
        )}
        <Button type="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
