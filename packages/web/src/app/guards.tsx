import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { Permission } from '@reintegra/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { useDescribeError } from '../ui/errors.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';

export const changePasswordPath = '/change-password';

function Waiting() {
  const { t } = useTranslation();
  return (
    <Center component="main" h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function Unreachable({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <Center component="main" h="100vh" p="md">
      <Stack align="center">
        <Title order={1} size="h3">
          Reintegra
        </Title>
        <Text role="alert">{describe(error)}</Text>
        <Button onClick={retry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

/** Signed-in pages: sends others to sign in, and a user with a temporary password to replace it first. */
export function RequireSignIn() {
  const { me, loading, failure, refresh, signedOutOnPurpose } = useSession();
  const location = useLocation();
  if (loading) return <Waiting />;
  if (failure && !me) return <Unreachable error={failure} retry={() => void refresh()} />;
  if (!me) {
    // After a timeout, come back to the same page once signed in again.
    const from = signedOutOnPurpose ? undefined : location.pathname + location.search;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  const onPasswordPage = location.pathname === changePasswordPath;
  if (me.user.mustChangePassword && !onPasswordPage) return <Navigate to={changePasswordPath} replace />;
  if (!me.user.mustChangePassword && onPasswordPage) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** The sign-in page is for signed-out visitors only. */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Waiting />;
  if (me) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={me.user.mustChangePassword ? changePasswordPath : (from ?? '/')} replace />;
  }
  return children;
}

function NotAllowed() {
  const { t } = useTranslation();
  usePageTitle(t('notAllowed.title'));
  return (
    <Stack>
      <Title order={1}>{t('notAllowed.title')}</Title>
      <Text>{t('notAllowed.body')}</Text>
    </Stack>
  );
}

/** A page for some roles only. The menu already hides it; this covers a typed or bookmarked address. */
export function Allowed({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const { me } = useSession();
  if (!me || !anyOf.some((p) => me.permissions.includes(p))) return <NotAllowed />;
  return children;
}
