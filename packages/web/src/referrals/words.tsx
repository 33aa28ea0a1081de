import { Badge } from '@mantine/core';
import { type OverdueReason, type ReferralStatus, serviceDimensions, serviceTypes } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

// Waiting on the partner, under way, ended well, ended without the service: scanned by eye by
// the tint, with the word always there. The text is near-black: a tint's own darkest shade
// falls under 4.5:1 on its light background for green and teal.
const statusColours: Record<ReferralStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'cyan',
  in_progress: 'indigo',
  completed: 'teal',
  declined: 'red',
  not_delivered: 'red',
  cancelled: 'gray',
};

/** A referral's status in words: the partner's portal words it from the partner's side. */
export function ReferralStatusBadge({
  status,
  reader = 'staff',
}: {
  status: ReferralStatus;
  reader?: 'staff' | 'partner';
}) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c="dark.9" variant="light" tt="none">
      {reader === 'partner' ? t(`partner.statuses.${status}`) : t(`referrals.statuses.${status}`)}
    </Badge>
  );
}

/** Late: the partner has not answered, or the service has not started, in time. */
export function OverdueBadge({ reason }: { reason: OverdueReason }) {
  const { t } = useTranslation();
  return (
    <Badge color="red" c="red.9" variant="light" tt="none">
      {t(`referrals.overdue.${reason}`)}
    </Badge>
  );
}

/** Service types grouped by the dimension Annex 8 puts them in, for a select. */
export function serviceTypeGroups(t: TFunction) {
  return serviceDimensions.map((dimension) => ({
    group: t(`referrals.dimensions.${dimension}`),
    items: serviceTypes
      .filter((s) => s.dimension === dimension)
      .map((s) => ({ value: s.type, label: t(`referrals.serviceTypes.${s.type}`) })),
  }));
}
