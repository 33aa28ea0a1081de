import { Badge } from '@mantine/core';
import type { ReferralStatus } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';

// Waiting on the partner, under way, ended well, ended without the service: scanned by eye,
// with the word always there. The darkest shade keeps the text above 4.5:1.
const statusColours: Record<ReferralStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'indigo',
  in_progress: 'teal',
  completed: 'green',
  declined: 'red',
  not_delivered: 'red',
  cancelled: 'dark',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c={`${statusColours[status]}.9`} variant="light" tt="none">
      {t(`partner.statuses.${status}`)}
    </Badge>
  );
}
