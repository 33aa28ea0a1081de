import { Alert, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { comparePlannedRatio, type WorkloadResult } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { Figure } from './Figure.tsx';
import { casesOfRatio } from './rows.ts';
import type { WorkloadActuals } from './types.ts';
import { usePlanNumbers } from './words.tsx';

/**
 * What the mission really carries (B2, B3), and the plan on screen against
 * the caseloads carried (C1, seed-000 L928): the comparison the study asks
 * for, "compared to an ideal … the reality in the mission" (L965). It follows
 * the lines as they are edited.
 */
export function ActualFigures({ actuals, plan }: { actuals: WorkloadActuals; plan: WorkloadResult | null }) {
  const { t } = useTranslation();
  const numbers = usePlanNumbers();
  const dates = useDates();
  // The caseloads come without names: the domain wants an id for each, so each gets its place.
  const loads = actuals.caseloads.map((openCases, i) => ({ caseworkerId: String(i), openCases }));
  const comparison = plan ? comparePlannedRatio(casesOfRatio(plan.ratio), loads) : null;

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('planning.actuals.period', { from: dates.day(actuals.from), to: dates.day(actuals.to) })}
      </Text>
      <ScrollTable label={t('planning.actuals.table')} minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planning.rows.cmType')}</Table.Th>
            <Table.Th>{t('planning.actuals.openCases')}</Table.Th>
            <Table.Th>{t('planning.actuals.meetings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actuals.byCmType.map((type) => (
            <Table.Tr key={type.cmType}>
              <Table.Th scope="row">{t(`planning.cmTypes.${type.cmType}`)}</Table.Th>
              <Table.Td>{numbers.number(type.openCases)}</Table.Td>
              <Table.Td>
                {type.formats.length === 0 ? (
                  t('planning.actuals.noMeetings')
                ) : (
                  <List size="sm">
                    {type.formats.map((f) => (
                      <List.Item key={f.format}>
                        {t('planning.actuals.meetingFigure', {
                          format: t(`planning.formats.${f.format}`),
                          perWeek: numbers.number(f.meetingsPerCasePerWeek),
                          hours: numbers.number(f.hoursPerMeeting),
                        })}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Text size="sm" c="dimmed">
        {t('planning.actuals.hoursNote')}
      </Text>
      {actuals.openCasesWithoutCmType > 0 && (
        <Text size="sm">
          {t('planning.actuals.untyped', { count: numbers.number(actuals.openCasesWithoutCmType) })}
        </Text>
      )}

      <Stack gap="xs" component="section" aria-labelledby="planning-comparison-heading">
        <Title order={3} id="planning-comparison-heading">
          {t('planning.comparison.title')}
        </Title>
        {!comparison ? (
          <Text>{t('planning.comparison.noPlan')}</Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3 }} aria-live="polite">
              <Figure label={t('planning.comparison.planned')} value={<Ltr>{comparison.planned}</Ltr>} />
              <Figure label={t('planning.comparison.actual')} value={<Ltr>{comparison.actual ?? '—'}</Ltr>} />
              <Figure label={t('planning.comparison.caseworkers')} value={numbers.number(loads.length)} />
              {comparison.difference !== null && (
                <Figure
                  label={t('planning.comparison.difference')}
                  value={numbers.signed(comparison.difference)}
                />
              )}
              <Figure
                label={t('planning.comparison.abovePlan')}
                value={numbers.number(comparison.abovePlan.length)}
              />
            </SimpleGrid>
            {loads.length === 0 && (
              <Alert color="gray" variant="outline">
                {t('planning.comparison.noCaseworkers')}
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}
