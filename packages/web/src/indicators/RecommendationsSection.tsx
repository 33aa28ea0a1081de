import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CasesLink } from './CasesLink.tsx';
import { FigureCard } from './FigureCard.tsx';
import type { DashboardFilters } from './filters.ts';
import { Section } from './Section.tsx';
import type { Dashboard } from './types.ts';
import { useFigureWords } from './words.tsx';

/**
 * C3 (seed-000 L930–L932): of the plans with a micro-business approved in the
 * period, the share where the caseworker's recommendation on the type of
 * business is recorded, and of those the share where the returnee chose the
 * type recommended, so that recommendations can later be set against how the
 * businesses fared.
 */
export function RecommendationsSection({ data, filters }: { data: Dashboard; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const words = useFigureWords(data.minCount);
  const { business } = data;
  return (
    <Section title={t('dashboard.business.title')} intro={t('dashboard.business.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <FigureCard label={t('dashboard.business.plans')} value={words.countFigure(business.plans)}>
          <CasesLink
            filters={filters}
            figure={{ cohort: 'business_plans' }}
            what={t('dashboard.business.plans')}
          />
        </FigureCard>
        <FigureCard
          label={t('dashboard.business.recommended')}
          value={words.share(business.recommended)}
          help={t('dashboard.business.recommendedHelp')}
        />
        <FigureCard
          label={t('dashboard.business.followed')}
          value={words.share(business.followed)}
          help={t('dashboard.business.followedHelp')}
        />
      </SimpleGrid>
    </Section>
  );
}
