import { SimpleGrid, Text } from '@mantine/core';
import { type ShareableField, shareableFields } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { Fact } from '../ui/Fact.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';

/** A shared value as words: lists joined, records as "key: value", nothing as a dash. */
function wordsOf(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(wordsOf).join(', ') : '—';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${wordsOf(inner)}`)
      .join('; ');
  return String(value);
}

function SharedValue({ field, value }: { field: ShareableField; value: unknown }) {
  const dates = useDates();
  if (field === 'phone' && typeof value === 'string') return <Ltr>{value}</Ltr>;
  if (field === 'dateOfBirth' && typeof value === 'string') return <>{dates.day(value)}</>;
  return (
    <Text span dir="auto">
      {wordsOf(value)}
    </Text>
  );
}

/**
 * Exactly what the caseworker chose to send, in the directory's order: the
 * partner sees nothing else of the case (seed-003 L328, names and contact information).
 */
export function SharedData({ shared }: { shared: Record<string, unknown> }) {
  const { t } = useTranslation();
  const fields = shareableFields.filter((f) => f in shared);
  if (fields.length === 0) return <Text>{t('partner.detail.nothingShared')}</Text>;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
      {fields.map((field) => (
        <Fact key={field} label={t(`partner.fields.${field}`)}>
          <SharedValue field={field} value={shared[field]} />
        </Fact>
      ))}
    </SimpleGrid>
  );
}
