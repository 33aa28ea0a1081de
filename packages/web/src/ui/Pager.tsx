import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Previous / next through a long list; simpler to use with a thumb than numbered pages. */
export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Text size="sm" aria-live="polite">
        {t('pager.range', { from: number.format(from), to: number.format(to), total: number.format(total) })}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {t('pager.previous')}
        </Button>
        <Button variant="default" size="xs" disabled={to >= total} onClick={() => onChange(offset + limit)}>
          {t('pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
