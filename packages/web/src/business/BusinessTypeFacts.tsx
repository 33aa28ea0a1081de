import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../ui/Fact.tsx';
import type { BusinessApplication } from './queries.ts';

/** The type of business recommended and chosen, and what the recommendation rests on. */
export function BusinessTypeFacts({ application }: { application: BusinessApplication }) {
  const { t } = useTranslation();
  const { recommendedType, recommendationReason, chosenType } = application;
  if (chosenType === null) return <Text size="sm">{t('business.recommendation.notRecorded')}</Text>;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" m={0}>
      <Fact label={t('business.recommendation.recommended')}>
        {recommendedType ? t(`business.types.${recommendedType}`) : t('business.recommendation.none')}
      </Fact>
      <Fact label={t('business.recommendation.chosen')}>{t(`business.types.${chosenType}`)}</Fact>
      {recommendationReason && (
        <Fact label={t('business.recommendation.reason')}>
          <span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {recommendationReason}
          </span>
        </Fact>
      )}
    </SimpleGrid>
  );
}
