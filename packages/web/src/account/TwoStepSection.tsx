import { Button, Code, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useMe, useSession } from '../auth/session.tsx';
import { ErrorNotice, fieldErrorsOf } from '../ui/errors.tsx';

/** Four-character groups are easier to type into a phone than 32 characters in one run. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

function SetUp() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string>();
  const start = useMutation({
    mutationFn: () => api.post<{ secret: string; uri: string }>('/auth/totp/setup'),
  });
  const confirm = useMutation({
    mutationFn: () => api.post('/auth/totp/enable', { code }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('twoStep.enabled') });
      await refresh();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = /^\d{6}$/.test(code) ? undefined : t('validation.sixDigits');
    setProblem(wrong);
    if (!wrong) confirm.mutate();
  }

  if (!start.data) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text>{t('twoStep.offIntro')}</Text>
        <ErrorNotice error={start.error} />
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t('twoStep.setUp')}
        </Button>
      </Stack>
    );
  }
  const serverCodeError = fieldErrorsOf(confirm.error).code ? t('twoStep.codeRejected') : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text>{t('twoStep.scanOrType')}</Text>
        <Text size="sm" fw={600}>
          {t('twoStep.secret')}
        </Text>
        <Code block dir="ltr" fz="md">
          {grouped(start.data.secret)}
        </Code>
        <Text size="sm" fw={600}>
          {t('twoStep.uri')}
        </Text>
        <Code block dir="ltr" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {start.data.uri}
        </Code>
        <TextInput
          label={t('twoStep.code')}
          description={t('twoStep.codeHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\s/g, ''))}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          error={problem ?? serverCodeError}
          dir="ltr"
          maw={240}
        />
        {!serverCodeError && <ErrorNotice error={confirm.error} />}
        <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('twoStep.confirm')}
        </Button>
      </Stack>
    </form>
  );
}

function TurnOff() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const disable = useMutation({
    mutationFn: () => api.post('/auth/totp/disable', { password }),
    onSuccess: async () => {
      setPassword('');
      notifications.show({ color: 'teal', message: t('twoStep.disabled') });
      await refresh();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = password ? undefined : t('validation.required');
    setProblem(missing);
    if (!missing) disable.mutate();
  }
  const serverError = fieldErrorsOf(disable.error).password ? t('password.currentWrong') : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" align="flex-start">
        <Text>{t('twoStep.onIntro')}</Text>
        <PasswordInput
          label={t('twoStep.passwordToDisable')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          error={problem ?? serverError}
          visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
          w="100%"
          maw={360}
        />
        {!serverError && <ErrorNotice error={disable.error} />}
        <Button type="submit" color="red" variant="light" loading={disable.isPending}>
          {t('twoStep.disable')}
        </Button>
      </Stack>
    </form>
  );
}

/** A code from an authenticator app as a second step at sign-in (optional, recommended for administrators). */
export function TwoStepSection() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack component="section" aria-labelledby="two-step-heading" gap="sm">
      <Title order={2} id="two-step-heading">
        {t('twoStep.title')}
      </Title>
      {me.user.totpEnabled ? <TurnOff /> : <SetUp />}
    </Stack>
  );
}
