import { Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDraft, YesNo } from './draft.ts';

/**
 * A question answered yes or no, with neither chosen at first: a default
 * "no" would record an answer nobody gave.
 */
function YesNoQuestion({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: YesNo;
  onChange: (value: YesNo) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(v) => onChange(v as YesNo)}
      error={error}
      withAsterisk
    >
      <Group mt={4}>
        <Radio value="yes" label={t('common.yes')} />
        <Radio value="no" label={t('common.no')} />
      </Group>
    </Radio.Group>
  );
}

/**
 * The screening at identification (seed-000 L338) and the two questions that
 * decide whether the person needs case management (seed-000 L743).
 */
export function ScreeningFields({
  draft,
  onChange,
  errors,
}: {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const s = draft.screening;
  const set = (changes: Partial<CaseDraft['screening']>) =>
    onChange({ ...draft, screening: { ...s, ...changes } });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('cases.programme')}
          description={t('cases.programmeHelp')}
          value={s.programme}
          onChange={(e) => set({ programme: e.currentTarget.value })}
          error={errors['screening.programme']}
          withAsterisk
          autoComplete="off"
        />
      </SimpleGrid>
      <YesNoQuestion
        label={t('cases.eligible')}
        value={s.eligible}
        onChange={(eligible) => set({ eligible })}
        error={errors['screening.eligible']}
      />
      <Textarea
        label={t('cases.screeningReasons')}
        description={t('cases.screeningReasonsHelp')}
        value={s.reasons}
        onChange={(e) => set({ reasons: e.currentTarget.value })}
        error={errors['screening.reasons']}
        withAsterisk
        autosize
        minRows={3}
      />
      <YesNoQuestion
        label={t('cases.needsServices')}
        value={s.needsMediumToLongTermServices}
        onChange={(needsMediumToLongTermServices) => set({ needsMediumToLongTermServices })}
        error={errors['screening.needsMediumToLongTermServices']}
      />
      <YesNoQuestion
        label={t('cases.atRisk')}
        value={s.atMediumToHighRisk}
        onChange={(atMediumToHighRisk) => set({ atMediumToHighRisk })}
        error={errors['screening.atMediumToHighRisk']}
      />
    </Stack>
  );
}
