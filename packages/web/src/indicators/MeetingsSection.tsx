import { SimpleGrid, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { FigureCard } from './FigureCard.tsx';
import { captionStyle, Section } from './Section.tsx';
import type { Dashboard } from './types.ts';
import { useFigureWords } from './words.tsx';

/**
 * How often caseworkers meet returnees and their families (seed-000 Annex 2):
 * B3 meetings per case by format (L917), B5 meetings with the family (L920),
 * here per case as the server counts it, B6 home visits per caseworker (L921).
 */
export function MeetingsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const words = useFigureWords(data.minCount);
  const { meetings } = data;
  return (
    <Section title={t('dashboard.meetings.title')} intro={t('dashboard.meetings.intro')}>
      <ScrollTable label={t('dashboard.meetings.byFormat')} minWidth={320}>
        <caption style={captionStyle}>{t('dashboard.meetings.byFormat')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.meetings.format')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.meetings.perCase')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.byFormat.map(({ format, perCase }) => (
            <Table.Tr key={format}>
              <Table.Th scope="row">{t(`dashboard.meetings.formats.${format}`)}</Table.Th>
              <Table.Td>{words.rate(perCase, 'dashboard.meetings.perCaseOf')}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('dashboard.meetings.allFormats')}</Table.Th>
            <Table.Td fw={700}>{words.rate(meetings.perCase, 'dashboard.meetings.perCaseOf')}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </ScrollTable>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FigureCard
          label={t('dashboard.meetings.withFamily')}
          value={words.rate(meetings.withFamilyPerCase, 'dashboard.meetings.perCaseOf')}
        />
        <FigureCard
          label={t('dashboard.meetings.homeVisits')}
          value={words.rate(meetings.homeVisitsPerCaseworker, 'dashboard.meetings.perCaseworkerOf')}
        />
      </SimpleGrid>
    </Section>
  );
}
