import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../ui/errors.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { useSession } from './session.tsx';

interface Attempt {
  username: string;
  password: string;
  totp?: string;
}

/** Sign-in in one or two steps: the code from an authenticator app is asked only when the account has one. */
export function LoginPage() {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  usePageTitle(t('login.title'));
  const { signedIn, endedBecause } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [missing, setMissing] = useState<Record<string, string>>({});

  const login = useMutation({
    mutationFn: (attempt: Attempt) => api.post<Me>('/auth/login', attempt),
    onSuccess: (me) => signedIn(me),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'totp_required') setStep('code');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!username.trim()) problems.username = t('validation.required');
    if (!password) problems.password = t('validation.required');
    if (step === 'code' && !/^\d{6}$/.test(code)) problems.totp = t('validation.sixDigits');
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    login.mutate({ username: username.trim(), password, ...(step === 'code' ? { totp: code } : {}) });
  }

  const failure = login.error;
  const asksForCode = failure instanceof ApiError && failure.code === 'totp_required';
  const codeRejected = step === 'code' && failure instanceof ApiError && failure.code === 'bad_credentials';
  const fields = { ...fieldErrors(failure), ...missing };

  return (
    <AuthLayout>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('login.title')}
          </Title>
          {endedBecause === 'session_expired' && !failure && (
            <Text role="status" c="dimmed">
              {t('login.sessionEnded')}
            </Text>
          )}
          {step === 'password' ? (
            <>
              <TextInput
                label={t('login.username')}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                error={fields.username}
                dir="ltr"
              />
              <PasswordInput
                label={t('login.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="current-password"
                error={fields.password}
                visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
              />
            </>
          ) : (
            <>
              <Text>{t('login.codeHelp')}</Text>
              <TextInput
                label={t('login.code')}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value.replace(/\s/g, ''))}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                error={fields.totp}
                dir="ltr"
                data-autofocus
              />
            </>
          )}
          {codeRejected ? (
            <Text role="alert" c="red.9">
              {t('login.codeRejected')}
            </Text>
          ) : (
            !asksForCode && <ErrorNotice error={failure} />
          )}
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('login.submit')}
          </Button>
          {step === 'code' && (
            <Button
              variant="subtle"
              onClick={() => {
                setStep('password');
                setCode('');
                login.reset();
              }}
            >
              {t('common.back')}
            </Button>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
