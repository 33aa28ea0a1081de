import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { useMe } from '../auth/session.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { aboutKey, allowed, labelKey, navigation, partnerHome } from './navigation.ts';

/** Staff start from their shortcuts; a referral partner from the referrals sent to their organisation. */
export function HomePage() {
  const { permissions } = useMe();
  return permissions.includes('referrals.respond') ? <Navigate to={partnerHome} replace /> : <StaffHome />;
}

function StaffHome() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const me = useMe();
  const { officeName, missionName } = useOrganisation();
  const { user } = me;
  const place = officeName(user.officeId) || missionName(user.missionId);
  const destinations = navigation.filter((e) => e.destination !== 'home' && allowed(e, me.permissions));

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('home.welcome', { name: user.displayName })}</Title>
        <Text>
          {t('home.role', { role: t(`roles.${user.role}`) })}
          {place && ` · ${place}`}
        </Text>
        <Text>{t(`scopeHelp.${user.scope}`)}</Text>
      </Stack>
      <section aria-labelledby="home-shortcuts">
        <Title order={2} size="h3" id="home-shortcuts" mb="sm">
          {t('home.shortcuts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {[...destinations, { destination: 'account' as const, path: '/account' }].map((entry) => (
            <Card key={entry.destination} withBorder padding="md">
              <Anchor component={Link} to={entry.path} fw={600}>
                {t(labelKey(entry.destination))}
              </Anchor>
              <Text size="sm" mt={4}>
                {t(aboutKey(entry.destination))}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
