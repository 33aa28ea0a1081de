import {
  AppShell,
  Avatar,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe, useSession } from '../auth/session.tsx';
import { NotificationsMenu } from '../notifications/NotificationsMenu.tsx';
import { LanguageMenu } from '../ui/LanguageMenu.tsx';
import { allowed, labelKey, type NavEntry, navigation } from './navigation.ts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="dark" size="compact-md" px={4}>
          <Group gap={6} wrap="nowrap">
            <Avatar size={28} radius="xl" color="blue" aria-hidden="true">
              {initials(me.user.displayName)}
            </Avatar>
            <Text size="sm" visibleFrom="sm" span>
              {me.user.displayName}
            </Text>
            <VisuallyHidden>{t('layout.userMenu', { name: me.user.displayName })}</VisuallyHidden>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.username}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item
          onClick={async () => {
            await signOut();
            navigate('/login', { replace: true });
          }}
        >
          {t('layout.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function NavSection({
  entries,
  onNavigate,
  labelledBy,
}: {
  entries: NavEntry[];
  onNavigate: () => void;
  labelledBy?: string;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ul aria-labelledby={labelledBy} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map((entry) => {
        const active = entry.path === '/' ? pathname === '/' : pathname.startsWith(entry.path);
        return (
          <li key={entry.destination}>
            <NavLink
              component={Link}
              to={entry.path}
              label={t(labelKey(entry.destination))}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** The frame of every signed-in page: header, navigation by role, and the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the closed menu is only moved off screen: keep it out of the tab order and from screen readers.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const navId = useId();
  const adminHeadingId = useId();
  const visible = navigation.filter((entry) => allowed(entry, me.permissions));
  const main = visible.filter((e) => e.section === 'main');
  const administration = visible.filter((e) => e.section === 'administration');

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('layout.closeMenu') : t('layout.openMenu')}
              aria-expanded={opened}
              aria-controls={navId}
            />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.9" style={{ textDecoration: 'none' }}>
              Reintegra
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <NotificationsMenu />
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" id={navId} aria-label={t('layout.navigation')} inert={phone && !opened}>
        <ScrollArea type="auto">
          <NavSection entries={main} onNavigate={close} />
          {administration.length > 0 && (
            <>
              <Text id={adminHeadingId} size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" mb={4} px="sm">
                {t('nav.administration')}
              </Text>
              <NavSection entries={administration} onNavigate={close} labelledBy={adminHeadingId} />
            </>
          )}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
