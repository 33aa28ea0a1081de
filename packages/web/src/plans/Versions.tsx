import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PlanChange, PlanContent } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffName } from '../cases/page/StaffName.tsx';
import { useDates } from '../ui/format.ts';
import type { ReintegrationPlan } from './types.ts';
import { VersionComparison } from './VersionComparison.tsx';
import { lineName } from './words.tsx';

const sectionKeys = {
  placeOfReturn: 'placeOfReturn',
  'summary.economic': 'summaryEconomic',
  'summary.social': 'summarySocial',
  'summary.psychosocial': 'summaryPsychosocial',
  immediate: 'immediate',
  longTerm: 'longTerm',
  goods: 'goods',
  grants: 'grants',
  community: 'community',
  baseline: 'baseline',
  monitoring: 'monitoring',
  exitStrategy: 'exitStrategy',
  doneOn: 'doneOn',
  doneAt: 'doneAt',
  // The server names each dimension of the summary; the whole is kept for completeness of the type.
  summary: 'summary',
} as const satisfies Record<PlanChange['section'], string>;

/** A change in words: the part of the plan, how it changed, and the line where the current content names it. */
export function changeText(t: TFunction, change: PlanChange, content: PlanContent): string {
  const section = t(`plans.sectionNames.${sectionKeys[change.section]}`);
  const kind = t(`plans.changeKinds.${change.change}`);
  const name = change.lineId ? lineName(t, content, change.lineId) : null;
  return name
    ? t('plans.changeOfLine', { section, change: kind, line: name })
    : t('plans.changeOf', { section, change: kind });
}

/**
 * Every version, newest first: when and by whom it was written, why, what
 * changed from the one before, and who agreed to and approved it.
 */
export function Versions({ caseId, plan }: { caseId: string; plan: ReintegrationPlan }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [comparing, setComparing] = useState(false);
  return (
    <Stack gap="sm">
      <Stack
        component="ol"
        gap="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('plans.versions.title')}
      >
        {[...plan.versions].reverse().map((v) => (
          <Paper component="li" key={v.number} withBorder p="sm">
            <Stack gap={4}>
              <Title order={3} size="h5">
                {t('plans.versions.name', { number: v.number })}
                {v.number === plan.currentVersion && ` (${t('plans.versions.current')})`}
              </Title>
              <Text size="xs" c="dimmed">
                {dates.dateTime(v.createdAt)} · <StaffName id={v.authorId} />
              </Text>
              <Text size="sm">
                {v.consent
                  ? t('plans.versions.agreed', { who: v.consent.givenBy, date: dates.dateTime(v.consent.at) })
                  : t('plans.versions.notAgreed')}
                {v.approval && ` ${t('plans.versions.approved', { date: dates.dateTime(v.approval.at) })}`}
              </Text>
              {v.reason && (
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('plans.versions.reason', { reason: v.reason })}
                </Text>
              )}
              {v.number > 1 && (
                <>
                  <Text size="sm" fw={600}>
                    {t('plans.versions.whatChanged')}
                  </Text>
                  <List size="sm" spacing={2}>
                    {v.changes.map((c) => (
                      <List.Item key={`${c.section}-${c.lineId ?? ''}`}>
                        <span dir="auto">{changeText(t, c, plan.content)}</span>
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {plan.versions.length > 1 &&
        (comparing ? (
          <VersionComparison caseId={caseId} plan={plan} />
        ) : (
          <div>
            <Button variant="light" onClick={() => setComparing(true)}>
              {t('plans.compare.open')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}
