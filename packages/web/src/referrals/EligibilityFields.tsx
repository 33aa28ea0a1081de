import { Alert, Fieldset, Group, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import {
  ageOn,
  checkEligibility,
  type EligibilityFinding,
  type EligibilityResult,
  type EligibilityRules,
  isoDay,
} from '@reintegra/domain';
import { useTranslation } from 'react-i18next';

/** What the caseworker tells about the person for the partner's criteria the case does not hold. */
export interface EligibilityFacts {
  schoolYear: number | null;
  setting: 'urban' | 'rural' | null;
  distanceKm: number | null;
  exception: string;
}

export const noFacts: EligibilityFacts = { schoolYear: null, setting: null, distanceKm: null, exception: '' };

/** The criteria checked as the caseworker types, with the same rule the server applies. */
export function eligibilityOf(
  rules: EligibilityRules,
  person: { dateOfBirth: string | null; birthYear: number | null },
  facts: EligibilityFacts,
): EligibilityResult {
  return checkEligibility(rules, { ...facts, age: ageOn(person, isoDay(new Date())) });
}

/**
 * The partner's criteria for the chosen service (seed-003 L472): the facts the
 * case does not hold, what they give, and, when a criterion is not met or not
 * known, why the referral goes ahead anyway.
 */
export function EligibilityFields({
  rules,
  result,
  facts,
  onFacts,
  error,
}: {
  rules: EligibilityRules;
  result: EligibilityResult;
  facts: EligibilityFacts;
  onFacts: (facts: EligibilityFacts) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const number = (v: string | number) => (typeof v === 'number' ? v : null);
  const open = result.unmet.length > 0 || result.unknown.length > 0;
  const named = (list: EligibilityFinding[]) =>
    list.map((f) => t(`referrals.eligibility.criteria.${f}`)).join(', ');
  return (
    <Fieldset legend={t('referrals.eligibility.title')}>
      <Stack gap="sm">
        {rules.maxSchoolYear !== null && (
          <NumberInput
            label={t('referrals.eligibility.schoolYear')}
            description={t('referrals.eligibility.schoolYearHelp', { year: rules.maxSchoolYear })}
            value={facts.schoolYear ?? ''}
            onChange={(v) => onFacts({ ...facts, schoolYear: number(v) })}
            min={0}
            max={30}
            allowDecimal={false}
          />
        )}
        {rules.maxDistanceKm !== null && (
          <Group align="flex-end" gap="md">
            <Radio.Group
              label={t('referrals.eligibility.setting')}
              value={facts.setting}
              onChange={(v) => onFacts({ ...facts, setting: v as 'urban' | 'rural' })}
            >
              <Group gap="md" mt="xs">
                <Radio value="urban" label={t('referrals.eligibility.urban')} />
                <Radio value="rural" label={t('referrals.eligibility.rural')} />
              </Group>
            </Radio.Group>
            <NumberInput
              label={t('referrals.eligibility.distance')}
              value={facts.distanceKm ?? ''}
              onChange={(v) => onFacts({ ...facts, distanceKm: number(v) })}
              min={0}
              max={5000}
              decimalScale={1}
            />
          </Group>
        )}
        {!open && <Text size="sm">{t('referrals.eligibility.met')}</Text>}
        {open && (
          // No Alert title: Mantine colours it in the light shade, below 4.5:1 on orange.
          <Alert color="orange" c="orange.9" variant="light">
            <Text size="sm" fw={700}>
              {t('referrals.eligibility.attention')}
            </Text>
            {result.unmet.length > 0 && (
              <Text size="sm">{t('referrals.eligibility.unmet', { criteria: named(result.unmet) })}</Text>
            )}
            {result.unknown.length > 0 && (
              <Text size="sm">{t('referrals.eligibility.unknown', { criteria: named(result.unknown) })}</Text>
            )}
          </Alert>
        )}
        {open && (
          <Textarea
            label={t('referrals.eligibility.exception')}
            description={t('referrals.eligibility.exceptionHelp')}
            value={facts.exception}
            onChange={(e) => onFacts({ ...facts, exception: e.currentTarget.value })}
            error={error}
            withAsterisk
            rows={2}
            dir="auto"
          />
        )}
      </Stack>
    </Fieldset>
  );
}
