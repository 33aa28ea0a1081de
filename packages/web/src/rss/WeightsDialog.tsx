import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { currentInstrument } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { RssWeightSetView } from '../api/types.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type Part, parts, questionName, useNumbers } from './words.tsx';

/** A set's weights part by part, each with its share of the part: what a score is made of. */
export function WeightsDialog({ set, onClose }: { set: RssWeightSetView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const numbers = useNumbers();
  const weightsOf = (part: Part) =>
    Object.entries(part === 'composite' ? set.composite : (set.dimensions[part] ?? {})).sort(
      ([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)),
    );
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('rssAdmin.weights.viewTitle', { label: set.label, version: set.version })}
    >
      <Stack>
        <Group gap="xs">
          <Ltr>
            {set.id}@{set.version}
          </Ltr>
          {set.provisional && (
            <Badge color="gray" c="gray.9" variant="outline" tt="none">
              {t('rssAdmin.weights.provisional')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{t('rssAdmin.weights.sourceLine', { source: set.source })}</Text>
        {parts.map((part) => {
          const weights = weightsOf(part);
          const total = weights.reduce((sum, [, w]) => sum + w, 0);
          return (
            <Stack key={part} gap="xs">
              <Title order={3} size="h4">
                {t(`rssAdmin.parts.${part}`)}
              </Title>
              <ScrollTable label={t(`rssAdmin.parts.${part}`)} minWidth={300}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('rssAdmin.weights.question')}</Table.Th>
                    <Table.Th scope="col">{t('rssAdmin.weights.weight')}</Table.Th>
                    <Table.Th scope="col">{t('rssAdmin.weights.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {weights.map(([id, weight]) => {
                    const question = currentInstrument.questions.find((q) => q.id === id);
                    const own = question?.text[i18n.language];
                    return (
                      <Table.Tr key={id}>
                        <Table.Th scope="row" fw={400}>
                          <Text span fw={600} size="sm">
                            {questionName(id)}
                          </Text>{' '}
                          {question && (
                            <Text span size="sm" lang={own ? undefined : 'en'} dir={own ? undefined : 'ltr'}>
                              {own ?? question.text.en}
                            </Text>
                          )}
                        </Table.Th>
                        <Table.Td>{numbers.count(weight)}</Table.Td>
                        <Table.Td>{total > 0 ? numbers.share(weight / total) : '—'}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </ScrollTable>
            </Stack>
          );
        })}
      </Stack>
    </ResponsiveModal>
  );
}
