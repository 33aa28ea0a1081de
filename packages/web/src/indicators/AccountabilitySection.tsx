import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { FigureCard } from './FigureCard.tsx';
import { captionStyle, Section } from './Section.tsx';
import type { Dashboard, Figure, FilterSplit, SplitAsAsked } from './types.ts';
import { useFigureWords } from './words.tsx';

/**
 * What returnees say of their caseworkers and how staff cope (seed-000
 * Annex 2): A2 returnees satisfied with their caseworker (L906), C2 complaints
 * about caseworkers per caseworker (L929) with those about the assistance
 * beside them (Recommendation 4, L597), and C4 staff able to manage
 * work-related stress from the yearly anonymous survey (L933). A figure whose
 * records cannot be split as the filters ask is not shown, and the page says so.
 */
export function AccountabilitySection({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const words = useFigureWords(data.minCount);
  // Staff answers have their own minimum, never below five: the survey promised it.
  const staffWords = useFigureWords(data.accountability.wellbeing.minCount);
  const { satisfaction, complaints, wellbeing } = data.accountability;
  const year = new Intl.NumberFormat(i18n.language, { useGrouping: false });
  const { from, to } = wellbeing.surveyYears;
  const years = from === to ? year.format(from) : `${year.format(from)}–${year.format(to)}`;
  const countRow = (key: string, name: string, count: number | null) => (
    <Table.Tr key={key}>
      <Table.Th scope="row">{name}</Table.Th>
      <Table.Td>{words.count(count)}</Table.Td>
    </Table.Tr>
  );
  const totalRow = (figure: Figure) => (
    <Table.Tr>
      <Table.Th scope="row">{t('dashboard.accountability.allComplaints')}</Table.Th>
      <Table.Td fw={700}>{words.countFigure(figure)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Section title={t('dashboard.accountability.title')} intro={t('dashboard.accountability.intro')}>
      <Part title={t('dashboard.accountability.satisfactionTitle')} part={satisfaction}>
        {(f) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FigureCard
              label={t('dashboard.accountability.satisfied')}
              value={words.share(f.satisfied)}
              help={t('dashboard.accountability.satisfiedHelp')}
            />
          </SimpleGrid>
        )}
      </Part>
      <Part title={t('dashboard.accountability.complaintsTitle')} part={complaints}>
        {(f) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <FigureCard
                label={t('dashboard.accountability.aboutCaseworkers')}
                value={words.countFigure(f.aboutCaseworkers)}
              />
              <FigureCard
                label={t('dashboard.accountability.perCaseworker')}
                value={words.rate(f.perCaseworker, 'dashboard.accountability.perCaseworkerOf')}
                help={t('dashboard.accountability.perCaseworkerHelp')}
              />
              <FigureCard
                label={t('dashboard.accountability.aboutAssistance')}
                value={words.countFigure(f.aboutAssistance)}
                help={t('dashboard.accountability.aboutAssistanceHelp')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <ScrollTable label={t('dashboard.accountability.byChannel')} minWidth={280}>
                <caption style={captionStyle}>{t('dashboard.accountability.byChannel')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.accountability.channel')}</Table.Th>
                    <Table.Th scope="col">{t('dashboard.accountability.complaints')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {f.byChannel.map((g) =>
                    countRow(g.channel, t(`complaints.channels.${g.channel}`), g.count),
                  )}
                  {totalRow(f.aboutCaseworkers)}
                </Table.Tbody>
              </ScrollTable>
              <ScrollTable label={t('dashboard.accountability.byStatus')} minWidth={280}>
                <caption style={captionStyle}>{t('dashboard.accountability.byStatus')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.accountability.status')}</Table.Th>
                    <Table.Th scope="col">{t('dashboard.accountability.complaints')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {f.byStatus.map((g) =>
                    countRow(g.status, t(`dashboard.accountability.statuses.${g.status}`), g.count),
                  )}
                  {totalRow(f.aboutCaseworkers)}
                </Table.Tbody>
              </ScrollTable>
            </SimpleGrid>
          </>
        )}
      </Part>
      <Part title={t('dashboard.accountability.wellbeingTitle')} part={wellbeing}>
        {(f) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FigureCard
              label={t('dashboard.accountability.stress')}
              value={staffWords.share(f.ableToManageStress)}
              help={t('dashboard.accountability.stressHelp', {
                years,
                count: staffWords.number(wellbeing.minCount),
              })}
            />
            <FigureCard
              label={t('dashboard.accountability.respondents')}
              value={staffWords.countFigure(f.respondents)}
            />
          </SimpleGrid>
        )}
      </Part>
    </Section>
  );
}

/** One indicator's figures under its heading, or why the filters chosen leave them out. */
function Part<T>({
  title,
  part,
  children,
}: {
  title: string;
  part: SplitAsAsked<T>;
  children: (figures: T) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const splits = new Intl.ListFormat(i18n.language, { type: 'disjunction' });
  const splitName = (s: FilterSplit) => t(`dashboard.accountability.splits.${s}`);
  return (
    <Stack gap="sm">
      <Title order={3}>{title}</Title>
      {part.figures === null ? (
        <Text>
          {t('dashboard.accountability.notSplit', { splits: splits.format(part.notSplitBy.map(splitName)) })}
        </Text>
      ) : (
        children(part.figures)
      )}
    </Stack>
  );
}
