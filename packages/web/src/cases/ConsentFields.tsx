import { Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentMethod } from '../api/types.ts';
import type { ConsentDraft } from './consent.ts';

const methods: ConsentMethod[] = ['written', 'verbal'];

/**
 * How consent was given and by whom. `prefix` is where the form keeps these
 * fields' errors (`consent.` inside the registration form, none in the dialog).
 */
export function ConsentFields({
  value,
  onChange,
  errors,
  prefix = '',
}: {
  value: ConsentDraft;
  onChange: (next: ConsentDraft) => void;
  errors: Record<string, string | undefined>;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<ConsentDraft>) => onChange({ ...value, ...changes });
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('consent.method')}
        value={value.method}
        onChange={(method) => set({ method: method as ConsentMethod })}
        error={errors[`${prefix}method`]}
        withAsterisk
      >
        <Group mt={4}>
          {methods.map((m) => (
            <Radio key={m} value={m} label={t(`consentMethods.${m}`)} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('consent.givenBy')}
          description={t('consent.givenByHelp')}
          value={value.givenBy}
          onChange={(e) => set({ givenBy: e.currentTarget.value })}
          error={errors[`${prefix}givenBy`]}
          withAsterisk
          autoComplete="off"
        />
        <TextInput
          label={t('consent.witnessedBy')}
          value={value.witnessedBy}
          onChange={(e) => set({ witnessedBy: e.currentTarget.value })}
          error={errors[`${prefix}witnessedBy`]}
          autoComplete="off"
        />
      </SimpleGrid>
    </Stack>
  );
}
