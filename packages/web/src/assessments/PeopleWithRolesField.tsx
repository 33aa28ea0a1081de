import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { rowKey } from '../cases/new/rows.ts';

/** Someone who took part, as the form holds them: the role is chosen, not assumed. */
export interface PersonWithRole<Role extends string> {
  key: string;
  name: string;
  role: Role | '';
}

export const personWithRole = <Role extends string>(
  name = '',
  role: Role | '' = '',
): PersonWithRole<Role> => ({
  key: rowKey(),
  name,
  role,
});

/** A row added and left empty names no one: it is dropped, not refused. */
export const isBlank = (row: PersonWithRole<string>) => !row.name.trim() && !row.role;

/** What is missing from the rows that name someone, keyed as the form shows them (`attendees.1.role`). */
export function peopleProblems(
  rows: PersonWithRole<string>[],
  at: string,
  required: string,
): Record<string, string> {
  const found: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    if (!row.name.trim()) found[`${at}.${i}.name`] = required;
    if (!row.role) found[`${at}.${i}.role`] = required;
  });
  return found;
}

/** The people named with a role, as the server takes them. */
export function namedPeople<Role extends string>(
  rows: PersonWithRole<Role>[],
): { name: string; role: Role }[] {
  return rows.flatMap((row) =>
    row.role && row.name.trim() ? [{ name: row.name.trim(), role: row.role }] : [],
  );
}

/**
 * Who attended a session or took part in an assessment: a name and a role
 * each. `at` is where the form keeps their errors (`attendees`,
 * `findings.participants`), as the server names the fields.
 */
export function PeopleWithRolesField<Role extends string>({
  legend,
  help,
  rowLegend,
  addLabel,
  roles,
  roleLabel,
  value,
  onChange,
  errors,
  at,
}: {
  legend: string;
  help?: string;
  rowLegend: (number: number) => string;
  addLabel: string;
  roles: readonly Role[];
  roleLabel: (role: Role) => string;
  value: PersonWithRole<Role>[];
  onChange: (next: PersonWithRole<Role>[]) => void;
  errors: Record<string, string | undefined>;
  at: string;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const set = (index: number, changes: Partial<PersonWithRole<Role>>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  return (
    <Fieldset legend={legend} p="sm" aria-describedby={errors[at] ? errorId : undefined}>
      <Stack gap="xs">
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {errors[at] && (
          <Text size="sm" c="red.8" id={errorId} role="alert">
            {errors[at]}
          </Text>
        )}
        {value.map((row, i) => (
          <Fieldset key={row.key} legend={rowLegend(i + 1)} p="xs" variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label={t('assessments.personName')}
                value={row.name}
                onChange={(e) => set(i, { name: e.currentTarget.value })}
                error={errors[`${at}.${i}.name`]}
                maxLength={200}
                withAsterisk
                dir="auto"
              />
              <NativeSelect
                label={t('assessments.personRole')}
                value={row.role}
                onChange={(e) => set(i, { role: e.currentTarget.value as Role })}
                data={[
                  { value: '', label: t('cases.choose') },
                  ...roles.map((role) => ({ value: role, label: roleLabel(role) })),
                ]}
                error={errors[`${at}.${i}.role`]}
                withAsterisk
              />
            </SimpleGrid>
            <Group justify="flex-end" mt={4}>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('cases.removeRow', { what: rowLegend(i + 1) })}
              </Button>
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...value, personWithRole<Role>()])}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
