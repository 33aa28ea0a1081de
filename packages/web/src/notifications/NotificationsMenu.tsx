import { ActionIcon, Button, Indicator, Menu, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useDates } from '../ui/format.ts';

/** A notice for the signed-in user (Notification in /api/docs). */
interface Notice {
  id: string;
  kind:
    | 'referral_received'
    | 'referral_cancelled'
    | 'referral_overdue'
    | 'message_from_caseworker'
    | 'referral_answered'
    | 'message_from_partner';
  referralId: string;
  /** Given to staff only: a partner's notice leads to the portal. */
  caseId: string | null;
  service: string;
  status: string;
  createdAt: string;
  read: boolean;
}

const noticesKey = ['notifications'];

/** Where a notice leads: the case for staff, the referral in the portal for a partner. */
const pathOf = (n: Notice) => (n.caseId ? `/cases/${n.caseId}` : `/partner/referrals/${n.referralId}`);

function Bell() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: what happened on the user's referrals since they last looked. */
export function NotificationsMenu() {
  const { t } = useTranslation();
  const dates = useDates();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notices = useQuery({
    queryKey: noticesKey,
    queryFn: () => api.get<{ unread: number; notifications: Notice[] }>('/notifications'),
    refetchInterval: 60_000,
  });
  const read = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) => api.post('/notifications/read', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
  const unread = notices.data?.unread ?? 0;
  const latest = notices.data?.notifications.slice(0, 8) ?? [];

  return (
    <Menu position="bottom-end" width={320}>
      <Menu.Target>
        {/* The menu's target must be the button itself: it takes the menu's ARIA attributes. */}
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="lg"
          aria-label={t('notifications.bell', { n: unread })}
        >
          <Indicator label={unread} disabled={unread === 0} size={16} color="red.8" offset={2}>
            <Bell />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {latest.length === 0 && (
          <Text size="sm" px="sm" py="xs" c="gray.7">
            {t('notifications.none')}
          </Text>
        )}
        {latest.map((n) => (
          <Menu.Item
            key={n.id}
            onClick={() => {
              if (!n.read) read.mutate({ ids: [n.id] });
              void navigate(pathOf(n));
            }}
          >
            <Text size="sm" fw={n.read ? 400 : 700} dir="auto">
              {t(`notifications.kinds.${n.kind}`, { service: n.service })}
            </Text>
            <Text size="xs" c="gray.7">
              {dates.dateTime(n.createdAt)}
            </Text>
          </Menu.Item>
        ))}
        {unread > 0 && (
          <>
            <Menu.Divider />
            <Button variant="subtle" size="xs" fullWidth onClick={() => read.mutate({ all: true })}>
              {t('notifications.allRead')}
            </Button>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
