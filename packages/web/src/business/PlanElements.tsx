import { Badge, Stack, Text } from '@mantine/core';
import { businessPlanElements } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { BusinessApplication } from './queries.ts';

/** The business plan's nine elements as written, each missing one marked: the board sees only a whole plan. */
export function PlanElements({ application }: { application: BusinessApplication }) {
  const { t } = useTranslation();
  const missing = application.missingElements;
  return (
    <>
      <Text size="sm">
        {missing.length === 0
          ? t('business.plan.complete')
          : t('business.plan.missingCount', { number: missing.length, total: businessPlanElements.length })}
      </Text>
      <Stack component="dl" gap="xs" m={0}>
        {businessPlanElements.map((element) => (
          <div key={element}>
            <Text component="dt" size="sm" fw={600}>
              {t(`business.plan.elements.${element}`)}
            </Text>
            <Text component="dd" m={0} size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {missing.includes(element) ? (
                <Badge color="red" c="red.9" variant="light" tt="none">
                  {t('business.plan.missing')}
                </Badge>
              ) : (
                application.businessPlan[element]
              )}
            </Text>
          </div>
        ))}
      </Stack>
    </>
  );
}
