import { Badge, Group } from '@mantine/core';
import type { CaseStatus, Vulnerability } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';

// One colour per stretch of the lifecycle, so a long list can be scanned by eye;
// the word is always there too, for those who do not see colours. The text takes
// the darkest shade: Mantine's yellow, orange and cyan fall below 4.5:1 on their pale background.
const statusColours: Record<CaseStatus, string> = {
  screening: 'gray',
  registered: 'blue',
  assessment: 'indigo',
  planning: 'violet',
  implementation: 'teal',
  follow_up: 'green',
  awaiting_departure: 'cyan',
  suspended: 'orange',
  // Not yellow: even its darkest shade stays below 4.5:1 on the pale background.
  closure_review: 'grape',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c={`${statusColours[status]}.9`} variant="light" tt="none">
      {t(`caseStatuses.${status}`)}
    </Badge>
  );
}

/** Marks a case that only staff named on it can see. */
export function SensitiveBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" c="red.9" variant="light" tt="none">
      {t('cases.sensitive')}
    </Badge>
  );
}

/**
 * The situations of vulnerability a case is flagged with, as a list read out
 * as one. Pink, not orange: orange text on its pale background falls below
 * 4.5:1 at badge size.
 */
export function VulnerabilityBadges({
  codes,
  size = 'sm',
}: {
  codes: readonly Vulnerability[];
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <Group
      component="ul"
      aria-label={t('cases.vulnerabilities')}
      gap={4}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {codes.map((code) => (
        <li key={code}>
          <Badge color="pink" c="pink.9" variant="light" tt="none" size={size}>
            {t(`vulnerabilities.${code}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** Marks a task still open after its day. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" c="red.9" variant="light" tt="none">
      {t('tasks.overdue')}
    </Badge>
  );
}
