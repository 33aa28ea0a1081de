import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { useMe, useSession } from './session.tsx';

/** After a temporary password (new account or reset), nothing else opens until the user picks their own. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.forcedTitle'));
  const me = useMe();
  const { refresh, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <AuthLayout
      aside={
        <Button
          variant="subtle"
          size="compact-sm"
          color="dark"
          onClick={async () => {
            await signOut();
            navigate('/login', { replace: true });
          }}
        >
          {t('layout.signOut')}
        </Button>
      }
    >
      <Stack>
        <Title order={1} size="h2">
          {t('password.forcedTitle')}
        </Title>
        <Text>{t('password.forcedIntro', { name: me.user.displayName })}</Text>
        <ChangePasswordForm username={me.user.username} onChanged={() => void refresh()} />
      </Stack>
    </AuthLayout>
  );
}
