import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { useDates } from '../../ui/format.ts';
import { Section } from './Section.tsx';
import { StaffName } from './StaffName.tsx';

/** Who works on the case now, and in which function; a sensitive case is seen by them only. */
export function AssignmentsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <Section id="assignments-heading" title={t('cases.assignmentsTitle')}>
      {file.assignments.length === 0 ? (
        <Text>{t('cases.noAssignments')}</Text>
      ) : (
        <List spacing={4} size="sm">
          {file.assignments.map((a) => (
            <List.Item key={`${a.userId}-${a.function}`}>
              <Text span fw={600} size="sm">
                <StaffName id={a.userId} />
              </Text>{' '}
              · {t(`assignmentFunctions.${a.function}`)} ·{' '}
              {t('cases.assignedSince', { date: dates.date(a.assignedAt) })}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
