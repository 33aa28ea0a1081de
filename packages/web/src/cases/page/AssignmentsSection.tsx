import { ActionIcon, Button, Group, List, Text } from '@mantine/core';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { useDates } from '../../ui/format.ts';
import { useCaseCommand } from '../queries.ts';
import { AssignDialog } from './AssignDialog.tsx';
import { Section } from './Section.tsx';
import { CaseStaffNames, StaffName } from './StaffName.tsx';

type Assignment = CaseFile['assignments'][number];

/** Who works on the case now, and in which function; a sensitive case is seen by them only. */
export function AssignmentsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const dates = useDates();
  const names = useContext(CaseStaffNames);
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const writer = can('cases.write');
  const id = file.summary.id;

  // The server refuses to end the last assignment (last_assignment): the dialog shows why.
  const { command: remove } = useCaseCommand(
    id,
    (a: Assignment) => api.delete<CaseFile>(`/cases/${id}/assignments/${a.id}`),
    { saved: () => t('cases.removed'), done: () => setRemoving(null) },
  );

  const label = (a: Assignment) =>
    t('cases.removeAssignment', {
      name: names.get(a.userId) ?? t('cases.colleague'),
      function: t(`assignmentFunctions.${a.function}`),
    });

  return (
    <Section
      id="assignments-heading"
      title={t('cases.assignmentsTitle')}
      action={
        writer && (
          <Button variant="light" onClick={() => setAssigning(true)}>
            {t('cases.assign')}
          </Button>
        )
      }
    >
      {file.assignments.length === 0 ? (
        <Text>{t('cases.noAssignments')}</Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" p={0}>
          {file.assignments.map((a) => (
            <List.Item key={a.id}>
              <Group gap="xs" wrap="nowrap" align="center">
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    <StaffName id={a.userId} />
                  </Text>{' '}
                  · {t(`assignmentFunctions.${a.function}`)} ·{' '}
                  {t('cases.assignedSince', { date: dates.date(a.assignedAt) })}
                </Text>
                {writer && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={label(a)}
                    title={label(a)}
                    onClick={() => {
                      remove.reset();
                      setRemoving(a);
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {assigning && <AssignDialog file={file} onClose={() => setAssigning(false)} />}
      <ConfirmDialog
        opened={!!removing}
        title={t('cases.removeTitle')}
        message={removing ? `${label(removing)}: ${t('cases.removeMessage')}` : ''}
        confirmLabel={t('cases.remove')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </Section>
  );
}
