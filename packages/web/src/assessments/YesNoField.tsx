import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A question answered yes or no, with neither chosen until the caseworker answers. */
export function YesNoField({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  value: boolean | null;
  onChange: (next: boolean) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(next) => onChange(next === 'yes')}
      error={error}
      withAsterisk
    >
      <Group gap="md" mt={4}>
        <Radio value="yes" label={t('common.yes')} />
        <Radio value="no" label={t('common.no')} />
      </Group>
    </Radio.Group>
  );
}
