import { Center, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type PlanChange, planChanges } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../ui/errors.tsx';
import { PlanDocument, type PlanMarks } from './PlanDocument.tsx';
import { usePlanVersion } from './queries.ts';
import type { ReintegrationPlan } from './types.ts';

/** The marks one side shows: the older version its removed and changed lines, the newer its added and changed ones. */
function marksOf(changes: PlanChange[], side: 'older' | 'newer'): PlanMarks {
  const hidden = side === 'older' ? 'added' : 'removed';
  return {
    sections: new Set(changes.filter((c) => !c.lineId).map((c) => c.section)),
    lines: new Map(
      changes.filter((c) => c.lineId && c.change !== hidden).map((c) => [c.lineId ?? '', c.change]),
    ),
  };
}

/** Two versions side by side (one above the other on a phone), what differs marked on both. */
export function VersionComparison({ caseId, plan }: { caseId: string; plan: ReintegrationPlan }) {
  const { t } = useTranslation();
  const numbers = plan.versions.map((v) => v.number);
  const [older, setOlder] = useState(plan.currentVersion - 1);
  const [newer, setNewer] = useState(plan.currentVersion);
  const left = usePlanVersion(caseId, older);
  const right = usePlanVersion(caseId, newer);
  const choices = numbers.map((n) => ({ value: String(n), label: t('plans.versions.name', { number: n }) }));
  const changes = left.data && right.data ? planChanges(left.data.content, right.data.content) : null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-compare-heading">
      <Title order={3} size="h4" id="plan-compare-heading">
        {t('plans.compare.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NativeSelect
          label={t('plans.compare.older')}
          value={String(older)}
          onChange={(e) => setOlder(Number(e.currentTarget.value))}
          data={choices}
        />
        <NativeSelect
          label={t('plans.compare.newer')}
          value={String(newer)}
          onChange={(e) => setNewer(Number(e.currentTarget.value))}
          data={choices}
        />
      </SimpleGrid>
      <ErrorNotice error={left.error ?? right.error} />
      {!changes ? (
        !(left.error || right.error) && (
          <Center py="md">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        )
      ) : (
        <>
          <Text size="sm" role="status">
            {changes.length === 0
              ? t('plans.compare.same')
              : t('plans.compare.differences', { number: changes.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {[
              { number: older, version: left.data, side: 'older' as const },
              { number: newer, version: right.data, side: 'newer' as const },
            ].map(({ number, version, side }) =>
              version ? (
                <Stack key={side} gap="xs">
                  <Title order={4} size="h5">
                    {t('plans.versions.name', { number })}
                  </Title>
                  <PlanDocument content={version.content} level={5} marks={marksOf(changes, side)} />
                </Stack>
              ) : null,
            )}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
