import { Anchor, Card, Group, List, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LikelyDuplicate } from '../../api/types.ts';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { SensitiveBadge, StatusBadge } from '../badges.tsx';

/** Above this, the two are more likely the same person than not: the bar turns red to make the reader stop. */
const strongLikeness = 0.7;

function Birth({ dateOfBirth, birthYear }: { dateOfBirth: string | null; birthYear: number | null }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (dateOfBirth) return <>{t('cases.bornOn', { date: dates.day(dateOfBirth) })}</>;
  if (birthYear) return <>{t('cases.bornIn', { year: birthYear })}</>;
  return <>{t('cases.birthUnknown')}</>;
}

/**
 * One likely duplicate: who, how alike and why, and a link to their case.
 * `children` holds what can be done about it where it is shown (merge, mark distinct).
 */
export function DuplicateCard({
  match,
  level = 4,
  children,
}: {
  match: LikelyDuplicate;
  /** The heading level of the person's name, one below the list's own heading. */
  level?: 3 | 4;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(match.score);
  const c = match.case;
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={level} size="h5" dir="auto">
            {c.person.name}
          </Title>
          <Group gap={6}>
            <StatusBadge status={c.status} />
            {c.sensitive && <SensitiveBadge />}
          </Group>
        </Group>
        <Text size="sm">
          <Ltr>{c.reference}</Ltr> ·{' '}
          <Birth dateOfBirth={c.person.dateOfBirth} birthYear={c.person.birthYear} />
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={Math.round(match.score * 100)}
            color={match.score >= strongLikeness ? 'red' : 'orange'}
            aria-label={t('cases.likeness')}
            style={{ flex: 1 }}
          />
          <Text size="sm" fw={600}>
            {t('cases.likenessValue', { percent })}
          </Text>
        </Group>
        <List size="sm" spacing={2}>
          {match.reasons.map((reason) => (
            <List.Item key={reason}>{t(`duplicateReasons.${reason}`)}</List.Item>
          ))}
        </List>
        <Anchor component={Link} to={`/cases/${c.id}`} size="sm" fw={600}>
          {t('cases.openCase')}
          <VisuallyHidden> {c.reference}</VisuallyHidden>
        </Anchor>
        {children}
      </Stack>
    </Card>
  );
}

/** People on file who may be the one about to be registered, most alike first (the server's order). */
export function DuplicateList({ matches }: { matches: LikelyDuplicate[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="duplicates-heading">
      <Title order={3} size="h4" id="duplicates-heading">
        {t('cases.duplicatesTitle')}
      </Title>
      <Text role="status">
        {matches.length ? t('cases.duplicatesFound', { number: matches.length }) : t('cases.noDuplicates')}
      </Text>
      {matches.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {matches.map((match) => (
            <DuplicateCard key={match.case.id} match={match} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
