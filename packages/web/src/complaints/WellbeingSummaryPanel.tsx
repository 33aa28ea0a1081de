import { SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { Figure } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { Fact } from '../ui/Fact.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useWellbeingSummary } from './queries.ts';
import { useComplaintFieldErrors } from './words.tsx';

/** A count or a share in words, or why it is not shown. */
function useFigureText() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return {
    count: (f: Figure) =>
      f.withheld || f.value === null ? t('wellbeing.summary.withheld') : number.format(f.value),
    share: (f: Figure) =>
      f.withheld || f.value === null || f.numerator === null || f.denominator === null
        ? t('wellbeing.summary.withheld')
        : t('wellbeing.summary.share', {
            percent: percent.format(f.value),
            numerator: number.format(f.numerator),
            denominator: number.format(f.denominator),
          }),
    cell: (n: number | null) => (n === null ? '—' : number.format(n)),
  };
}

/** What the survey's answers in the reader's scope add up to: counts only, small ones withheld. */
export function WellbeingSummaryPanel() {
  const { t } = useTranslation();
  const year = new Date().getUTCFullYear();
  const [period, setPeriod] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  const summary = useWellbeingSummary(period, true);
  const errors = useComplaintFieldErrors()(summary.error);
  const text = useFigureText();
  const { officeName, missionName } = useOrganisation();
  const s = summary.data;
  return (
    <section aria-labelledby="wellbeing-summary">
      <Stack>
        <Title order={2} size="h3" id="wellbeing-summary">
          {t('wellbeing.summary.title')}
        </Title>
        <Text size="sm">{t('wellbeing.summary.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            type="date"
            label={t('wellbeing.summary.from')}
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('wellbeing.summary.to')}
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
            error={
              errors.to ?? (period.to < period.from ? t('complaints.fieldErrors.before_from') : undefined)
            }
          />
        </SimpleGrid>
        {Object.keys(errors).length === 0 && <ErrorNotice error={summary.error} />}
        {s && (
          <>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
              <Fact label={t('wellbeing.summary.respondents')}>{text.count(s.respondents)}</Fact>
              <Fact label={t('wellbeing.summary.stress')}>{text.share(s.ableToManageStress)}</Fact>
            </SimpleGrid>
            {s.byPlace.length > 1 && (
              <ScrollTable label={t('wellbeing.summary.byPlace')} minWidth={320}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('wellbeing.summary.place')}</Table.Th>
                    <Table.Th>{t('wellbeing.summary.stress')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.byPlace.map((p) => (
                    <Table.Tr key={`${p.missionId}|${p.officeId ?? ''}`}>
                      <Table.Td>
                        {p.officeId
                          ? officeName(p.officeId)
                          : t('wellbeing.summary.missionStaff', { mission: missionName(p.missionId) })}
                      </Table.Td>
                      <Table.Td>{text.share(p.figure)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
            )}
            {s.questions.map((q) => (
              <ScrollTable key={q.question} label={t(`wellbeing.questions.${q.question}`)} minWidth={300}>
                <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
                  {t(`wellbeing.questions.${q.question}`)}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('wellbeing.summary.answer')}</Table.Th>
                    <Table.Th>{t('wellbeing.summary.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.answers.map((a) => (
                    <Table.Tr key={a.answer}>
                      <Table.Td>{t(`wellbeing.answers.${a.answer}`)}</Table.Td>
                      <Table.Td>{text.cell(a.count)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th scope="row">{t('wellbeing.summary.total')}</Table.Th>
                    <Table.Td>{text.cell(q.total)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </ScrollTable>
            ))}
          </>
        )}
      </Stack>
    </section>
  );
}
