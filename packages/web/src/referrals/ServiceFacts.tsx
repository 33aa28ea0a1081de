import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../ui/Fact.tsx';
import type { ProviderService } from './types.ts';

/** What a caseworker checks before referring: who qualifies, where, at what cost, how soon, what data it needs. */
export function ServiceFacts({ service }: { service: ProviderService }) {
  const { t } = useTranslation();
  const rules = service.rules;
  const ruleWords = [
    rules?.minAge != null && t('referrals.facts.minAge', { age: rules.minAge }),
    rules?.maxAge != null && t('referrals.facts.maxAge', { age: rules.maxAge }),
    rules?.maxSchoolYear != null && t('referrals.facts.maxSchoolYear', { year: rules.maxSchoolYear }),
  ].filter(Boolean);
  const none = t('referrals.facts.notSaid');
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} m={0} spacing="xs">
      <Fact label={t('referrals.facts.eligibility')}>
        <span dir="auto">{[service.eligibility, ...ruleWords].filter(Boolean).join(' · ') || none}</span>
      </Fact>
      <Fact label={t('referrals.facts.coverage')}>
        <span dir="auto">{service.coverage.join(', ') || none}</span>
      </Fact>
      <Fact label={t('referrals.facts.cost')}>
        <span dir="auto">{service.cost || none}</span>
      </Fact>
      <Fact label={t('referrals.facts.languages')}>
        <span dir="auto">{service.languages.join(', ') || none}</span>
      </Fact>
      <Fact label={t('referrals.facts.wait')}>
        {service.waitDays === null ? none : t('referrals.facts.waitDays', { count: service.waitDays })}
      </Fact>
      <Fact label={t('referrals.facts.needs')}>
        {service.neededFields.map((f) => t(`referrals.fields.${f}`)).join(', ') || none}
      </Fact>
    </SimpleGrid>
  );
}
