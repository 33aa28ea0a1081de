import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { FigureCard } from './FigureCard.tsx';
import { captionStyle, Section } from './Section.tsx';
import type { Dashboard, Figure, MeetingFormat } from './types.ts';
import { useFigureWords } from './words.tsx';

/** A table of meetings per case, a row per group: its name and its rate. */
function PerCaseTable({
  caption,
  groupHeader,
  rows,
  minCount,
  total,
}: {
  caption: string;
  groupHeader: string;
  rows: { key: string; name: string; perCase: Figure }[];
  minCount: number;
  /** The row of all groups, where they add up to it. */
  total?: { name: string; perCase: Figure };
}) {
  const { t } = useTranslation();
  const words = useFigureWords(minCount);
  return (
    <ScrollTable label={caption} minWidth={320}>
      <caption style={captionStyle}>{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{groupHeader}</Table.Th>
          <Table.Th scope="col">{t('dashboard.meetings.perCase')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ key, name, perCase }) => (
          <Table.Tr key={key}>
            <Table.Th scope="row">{name}</Table.Th>
            <Table.Td>{words.rate(perCase, 'dashboard.meetings.perCaseOf')}</Table.Td>
          </Table.Tr>
        ))}
        {total && (
          <Table.Tr>
            <Table.Th scope="row">{total.name}</Table.Th>
            <Table.Td fw={700}>{words.rate(total.perCase, 'dashboard.meetings.perCaseOf')}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </ScrollTable>
  );
}

/**
 * How often caseworkers meet returnees and their families (seed-000 Annex 2):
 * B3 meetings per case (L917) by format, by the type of case management on
 * the meeting's day and format, by type of meeting and by reason; B5 meetings
 * with the family (L920), here per case as the server counts it; B6 home
 * visits per caseworker (L921).
 */
export function MeetingsSection({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const words = useFigureWords(data.minCount);
  const { meetings } = data;
  const formatName = (format: MeetingFormat) => t(`dashboard.meetings.formats.${format}`);
  return (
    <Section title={t('dashboard.meetings.title')} intro={t('dashboard.meetings.intro')}>
      <PerCaseTable
        caption={t('dashboard.meetings.byFormat')}
        groupHeader={t('dashboard.meetings.format')}
        rows={meetings.byFormat.map(({ format, perCase }) => ({
          key: format,
          name: formatName(format),
          perCase,
        }))}
        total={{ name: t('dashboard.meetings.allFormats'), perCase: meetings.perCase }}
        minCount={data.minCount}
      />
      <ScrollTable label={t('dashboard.meetings.byCmType')} minWidth={720}>
        <caption style={captionStyle}>{t('dashboard.meetings.byCmType')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.caseload.type')}</Table.Th>
            {meetings.byFormat.map(({ format }) => (
              <Table.Th key={format} scope="col">
                {formatName(format)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('dashboard.meetings.allFormats')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.byCmType.map(({ cmType, perCase, byFormat }) => (
            <Table.Tr key={cmType}>
              <Table.Th scope="row">{t(`dashboard.caseload.types.${cmType}`)}</Table.Th>
              {byFormat.map((cell) => (
                <Table.Td key={cell.format}>
                  {words.rate(cell.perCase, 'dashboard.meetings.perCaseOf')}
                </Table.Td>
              ))}
              <Table.Td fw={700}>{words.rate(perCase, 'dashboard.meetings.perCaseOf')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Text size="sm">{t('dashboard.meetings.byCmTypeHelp')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PerCaseTable
          caption={t('dashboard.meetings.byMeetingType')}
          groupHeader={t('counselling.meetingType')}
          rows={meetings.byMeetingType.map(({ meetingType, perCase }) => ({
            key: meetingType,
            name: t(`counselling.meetingTypes.${meetingType}`),
            perCase,
          }))}
          total={{ name: t('dashboard.meetings.allMeetingTypes'), perCase: meetings.perCase }}
          minCount={data.minCount}
        />
        <div>
          <PerCaseTable
            caption={t('dashboard.meetings.byReason')}
            groupHeader={t('dashboard.meetings.reason')}
            rows={meetings.byReason.map(({ reason, perCase }) => ({
              key: reason,
              name: t(`counselling.reasonNames.${reason}`),
              perCase,
            }))}
            minCount={data.minCount}
          />
          <Text size="sm">{t('dashboard.meetings.byReasonHelp')}</Text>
        </div>
      </SimpleGrid>
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
