import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import {
  type DeterminantFactor,
  type DeterminantLevel,
  determinantLevels,
  type FactorKind,
  factorKinds,
} from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { rowKey } from '../cases/new/rows.ts';

/** A factor as the form holds it, with a key of its own: rows are removed from the middle. */
export type FactorRow = DeterminantFactor & { key: string };

/** The risk or the protective factors of one level, each a line in the caseworker's words. */
function FactorList({
  level,
  kind,
  factors,
  onChange,
}: {
  level: DeterminantLevel;
  kind: FactorKind;
  factors: FactorRow[];
  onChange: (next: FactorRow[]) => void;
}) {
  const { t } = useTranslation();
  const levelName = t(`assessments.levels.${level}`);
  const mine = factors.filter((f) => f.level === level && f.kind === kind);
  const set = (key: string, description: string) =>
    onChange(factors.map((f) => (f.key === key ? { ...f, description } : f)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t(`assessments.factorLists.${kind}`)}
      </Text>
      {mine.map((factor, i) => {
        const label = t('assessments.factorLabel', {
          kind: t(`assessments.factorKinds.${kind}`),
          number: i + 1,
          level: levelName,
        });
        return (
          <Stack key={factor.key} gap={2}>
            <TextInput
              label={label}
              value={factor.description}
              onChange={(e) => set(factor.key, e.currentTarget.value)}
              maxLength={500}
              dir="auto"
            />
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onChange(factors.filter((f) => f.key !== factor.key))}
              >
                {t('cases.remove')}
                <VisuallyHidden> {label}</VisuallyHidden>
              </Button>
            </Group>
          </Stack>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => onChange([...factors, { key: rowKey(), level, kind, description: '' }])}
        >
          {t(`assessments.addFactor.${kind}`)}
          <VisuallyHidden> ({levelName})</VisuallyHidden>
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * What makes the person more or less vulnerable, at the four levels of the
 * determinants model (individual, household, community, structural), each a
 * risk or a protective factor. The seeds give no checklist of factors: they
 * are written in the caseworker's words.
 */
export function DeterminantFactorsField({
  value,
  onChange,
}: {
  value: FactorRow[];
  onChange: (next: FactorRow[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('assessments.factors')} p="sm">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('assessments.factorsHelp')}
        </Text>
        {determinantLevels.map((level) => (
          <Fieldset key={level} legend={t(`assessments.levels.${level}`)} p="sm">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t(`assessments.levelHelp.${level}`)}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {factorKinds.map((kind) => (
                  <FactorList key={kind} level={level} kind={kind} factors={value} onChange={onChange} />
                ))}
              </SimpleGrid>
            </Stack>
          </Fieldset>
        ))}
      </Stack>
    </Fieldset>
  );
}
