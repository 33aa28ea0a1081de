import { SimpleGrid, Text } from '@mantine/core';
import { needsCaseManagement } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { Fact } from '../../ui/Fact.tsx';
import { useDates } from '../../ui/format.ts';
import { Section } from './Section.tsx';

/** The screening answers, and what they mean for case management (the domain's rule, seed-000 L743). */
export function ScreeningSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const dates = useDates();
  const s = file.screening;
  const yesNo = (answer: boolean) => (answer ? t('common.yes') : t('common.no'));
  return (
    <Section id="screening-heading" title={t('cases.screeningSection')}>
      {s ? (
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0}>
          <Fact label={t('cases.programme')}>{s.programme}</Fact>
          <Fact label={t('cases.eligibleShort')}>
            {yesNo(s.eligible)}
            {s.overridden && ` · ${t('cases.overridden')}`}
          </Fact>
          <Fact label={t('cases.screenedAt')}>{dates.dateTime(s.screenedAt)}</Fact>
          <Fact label={t('cases.needsServices')}>{yesNo(s.needsMediumToLongTermServices)}</Fact>
          <Fact label={t('cases.atRisk')}>{yesNo(s.atMediumToHighRisk)}</Fact>
          <Fact label={t('cases.caseManagement')}>
            {needsCaseManagement(s) ? t('cases.caseManagementNeeded') : t('cases.caseManagementNotNeeded')}
            {file.summary.caseManagementType &&
              ` · ${t(`caseManagementTypes.${file.summary.caseManagementType}`)}`}
          </Fact>
          <Fact label={t('cases.screeningReasons')}>
            {/* Typed in whichever language the caseworker writes: let the text set its own direction. */}
            <Text span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {s.reasons}
            </Text>
          </Fact>
        </SimpleGrid>
      ) : (
        <Text>{t('cases.noScreening')}</Text>
      )}
    </Section>
  );
}
