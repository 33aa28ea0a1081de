import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';

/**
 * Links to the parts of the case page below the header: on a phone the page
 * is many screens tall. What waits for a decision (closure, hand-over,
 * transfer) comes first anyway and needs no link.
 */
export function CaseContents({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const parts: [string, string][] = [
    ['tasks-heading', t('tasks.heading')],
    ['person-heading', t('cases.personSection')],
    ['migration-heading', t('migration.title')],
    ['survey-heading', t('survey.title')],
    ['counselling-heading', t('counselling.title')],
    ['assessments-heading', t('assessments.title')],
    ['plan-heading', t('plans.title')],
    ['referrals-heading', t('referrals.title')],
    ['business-heading', t('business.title')],
    ['household-heading', t('household.title')],
    ...(file.mergedInto ? [] : [['duplicates-heading', t('duplicates.title')] as [string, string]]),
    ['screening-heading', t('cases.screeningSection')],
    ['consents-heading', t('cases.consentsTitle')],
    ['attachments-heading', t('attachments.title')],
    ['notes-heading', t('notes.title')],
    ['assignments-heading', t('cases.assignmentsTitle')],
    ['decisions-heading', t('cases.decisionsTitle')],
    ['timeline-heading', t('timeline.title')],
  ];
  return (
    <nav aria-label={t('cases.onThisPage')}>
      <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {parts.map(([id, label]) => (
          <li key={id}>
            <Anchor href={`#${id}`} size="sm">
              {label}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}
