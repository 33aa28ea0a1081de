import { List, Stack, Text, Title } from '@mantine/core';
import { assessApproaches, type RssDimension } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { RssScoresView } from '../api/types.ts';

const dimensions = ['economic', 'social', 'psychosocial'] as const;

/**
 * For each dimension that calls for intensified support, the approaches the
 * Handbook's feasibility grid (Annex 5) offers for it, with the needs each
 * answers. A list to think with: whether one fits is for the caseworker and
 * the returnee to decide with the grid's criteria.
 */
export function ApproachesToConsider({ scores }: { scores: RssScoresView }) {
  const { t, i18n } = useTranslation();
  const weak = dimensions.filter((d) => scores.bands[d] === 'intensified');
  if (weak.length === 0) return null;
  // The grid's texts are the Handbook's English.
  const lang = i18n.language === 'en' ? undefined : 'en';
  return (
    <Stack gap="xs">
      <Title order={4} size="sm">
        {t('survey.approaches.title')}
      </Title>
      <Text size="sm">{t('survey.approaches.intro')}</Text>
      {weak.map((dimension: RssDimension) => (
        <Stack key={dimension} gap={4}>
          <Text size="sm" fw={600}>
            {t(`survey.dimensions.${dimension}`)}
          </Text>
          <List
            size="sm"
            spacing={2}
            aria-label={t('survey.approaches.listOf', { dimension: t(`survey.dimensions.${dimension}`) })}
          >
            {assessApproaches({}, [dimension]).map(({ approach }) => (
              <List.Item key={approach.id}>
                <span lang={lang} dir={lang ? 'ltr' : undefined}>
                  {approach.approach.en}{' '}
                  <Text span c="dimmed" size="sm">
                    ({approach.usefulFor.en})
                  </Text>
                </span>
              </List.Item>
            ))}
          </List>
        </Stack>
      ))}
    </Stack>
  );
}
