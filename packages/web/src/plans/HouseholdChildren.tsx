import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanPage } from './types.ts';
import { PlanStatusBadge } from './words.tsx';

/**
 * The children returning with the returnee: each is a rights holder with their
 * own case, assessment and plan (seed-002 Module 6, L3918), so the household's
 * plan points to theirs rather than folding them in.
 */
export function HouseholdChildren({ items }: { items: PlanPage['children'] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <List spacing="xs" aria-label={t('plans.children.title')}>
      {items.map((child) => (
        <List.Item key={child.case?.id ?? child.name}>
          {child.case ? (
            <Anchor component={Link} to={`/cases/${child.case.id}/plan`}>
              {child.name} ({child.case.reference})
            </Anchor>
          ) : (
            <Text span>{child.name}</Text>
          )}{' '}
          {child.planStatus ? (
            <PlanStatusBadge status={child.planStatus} />
          ) : (
            <Text span size="sm" c="dimmed">
              {t(child.case ? 'plans.children.noPlan' : 'plans.children.noCase')}
            </Text>
          )}{' '}
          {child.case && !child.hasBestInterestsAssessment && (
            <Text span size="sm">
              {t('plans.children.bestInterestsMissing')}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
