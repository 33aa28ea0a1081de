import { Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../auth/ChangePasswordForm.tsx';
import { useMe } from '../auth/session.tsx';
import { languageNames } from '../i18n/index.ts';
import { Fact } from '../ui/Fact.tsx';
import { Ltr } from '../ui/Ltr.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ApiTokensSection } from './ApiTokensSection.tsx';
import { TwoStepSection } from './TwoStepSection.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.account'));
  const { user } = useMe();
  return (
    <Stack gap="xl" maw={900}>
      <Title order={1}>{t('nav.account')}</Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} m={0}>
        <Fact label={t('users.displayName')}>{user.displayName}</Fact>
        <Fact label={t('users.username')}>
          <Ltr>{user.username}</Ltr>
        </Fact>
        <Fact label={t('users.role')}>{t(`roles.${user.role}`)}</Fact>
        <Fact label={t('users.scope')}>{t(`scopes.${user.scope}`)}</Fact>
        <Fact label={t('users.language')}>{languageNames[user.language]}</Fact>
        {user.email && (
          <Fact label={t('users.email')}>
            <Ltr>{user.email}</Ltr>
          </Fact>
        )}
      </SimpleGrid>
      <Divider />
      <Stack component="section" aria-labelledby="password-heading" gap="sm" maw={480}>
        <Title order={2} id="password-heading">
          {t('password.title')}
        </Title>
        <Text size="sm">{t('password.otherSessionsEnd')}</Text>
        <ChangePasswordForm username={user.username} onChanged={() => {}} />
      </Stack>
      <Divider />
      <TwoStepSection />
      <Divider />
      <ApiTokensSection />
    </Stack>
  );
}
