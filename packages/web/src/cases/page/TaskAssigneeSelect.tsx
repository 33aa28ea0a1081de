import { NativeSelect } from '@mantine/core';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { CaseStaffNames } from './StaffName.tsx';

/**
 * Who a task is for: the whole team of the case, or one person on it (the
 * server refuses anyone else, `not_on_case`). Someone no longer on the case
 * stays offered while the task is still theirs, so that opening the form does
 * not silently change who holds it.
 */
export function TaskAssigneeSelect({
  file,
  value,
  onChange,
  error,
}: {
  file: CaseFile;
  /** '' for the whole team. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const names = useContext(CaseStaffNames);
  // One person can be on a case in two functions: offered once, with both.
  const functions = new Map<string, string[]>();
  for (const a of file.assignments) {
    functions.set(a.userId, [...(functions.get(a.userId) ?? []), t(`assignmentFunctions.${a.function}`)]);
  }
  if (value && !functions.has(value)) functions.set(value, []);
  return (
    <NativeSelect
      label={t('tasks.assignee')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('tasks.wholeTeam') },
        ...[...functions].map(([userId, roles]) => ({
          value: userId,
          label: [names.get(userId) ?? t('cases.colleague'), ...roles].join(' · '),
        })),
      ]}
      error={error}
    />
  );
}
