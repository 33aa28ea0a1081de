import { Alert, Badge, List, Stack, Text } from '@mantine/core';
import {
  type BusinessPlanElement,
  type BusinessStage,
  type BusinessStatus,
  businessPlanElements,
} from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { today } from '../cases/new/draft.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';

/**
 * The modules of Table A.3 (seed-002 L6287–L6301). A chosen module is stored
 * in the Handbook's English words, so that every reader sees it in their own
 * language; a module typed in is kept as written.
 */
export const trainingModules = {
  entrepreneurship: 'Entrepreneurship education',
  technical: 'Short-term TVET/technical training',
  collective: 'Fostering collective action',
  financing: 'Information on financing instruments, business networks and support agencies',
  environment: 'Environmental awareness',
  gender: 'Gender sensitivity',
  mentoring: 'Mentoring and exchange of experience',
  finalisation: 'Finalization of business plans',
} as const;
type TrainingModule = keyof typeof trainingModules;
const moduleKeys = Object.keys(trainingModules) as TrainingModule[];

/** Module names as the reader sees them, and back: a name picked from the list is stored in the Handbook's words. */
export function useTrainingModules() {
  const { t } = useTranslation();
  const label = (key: TrainingModule) => t(`business.trainings.modules.${key}`);
  return {
    labels: moduleKeys.map(label),
    shown: (stored: string) => {
      const key = moduleKeys.find((k) => trainingModules[k] === stored);
      return key ? label(key) : stored;
    },
    stored: (typed: string) => {
      const key = moduleKeys.find((k) => label(k) === typed);
      return key ? trainingModules[key] : typed;
    },
  };
}

/** A day that records what was done: required, and not yet to come. */
export function useDayProblem() {
  const { t } = useTranslation();
  return (day: string): string | undefined => {
    if (!day) return t('validation.required');
    return day > today() ? t('validation.notFuture') : undefined;
  };
}

// Only hues whose darkest shade keeps 4.5:1 on their palest (green, orange and yellow do not).
const stageColours: Record<BusinessStage, string> = {
  applied: 'gray',
  preselected: 'blue',
  redirected: 'grape',
  plan_training: 'blue',
  plan_submitted: 'violet',
  selected: 'teal',
  not_selected: 'pink',
  in_depth_support: 'indigo',
  operating: 'teal',
  closed: 'red',
};

export function StageBadge({ stage }: { stage: BusinessStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={stageColours[stage]} c={`${stageColours[stage]}.9`} variant="light" tt="none">
      {t(`business.stages.${stage}`)}
    </Badge>
  );
}

const statusColours: Record<BusinessStatus, string> = {
  operating: 'teal',
  temporarily_closed: 'grape',
  closed: 'red',
};

export function VisitStatusBadge({ status }: { status: BusinessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} c={`${statusColours[status]}.9`} variant="light" tt="none">
      {t(`business.visits.statuses.${status}`)}
    </Badge>
  );
}

// Refusals particular to business support; the others are worded as everywhere else.
const refusals = ['illegal_move', 'plan_under_review', 'not_launched', 'application_exists'] as const;
type Refusal = (typeof refusals)[number];
const isRefusal = (code: string): code is Refusal => (refusals as readonly string[]).includes(code);

/** The elements a refused submission named (`businessPlan.<element>`), in the plan's order. */
function missingOf(error: ApiError): BusinessPlanElement[] {
  const named = error.fields.map((f) => f.field.replace(/^businessPlan\./, ''));
  return businessPlanElements.filter((e) => named.includes(e));
}

/**
 * Why the server refused a change to the application, announced as it
 * appears. A stale write offers to reload; a plan sent to the board
 * incomplete names what it lacks.
 */
export function BusinessRefusal({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <ErrorNotice error={error} />;
  if (error.code === 'stale_version') return <StaleVersionNotice onReload={onReload} />;
  if (error.code === 'business_plan_incomplete') {
    return (
      <Alert color="red" role="alert" variant="light">
        <Stack gap={4}>
          <Text size="sm">{t('business.errors.business_plan_incomplete')}</Text>
          <List size="sm" aria-label={t('business.plan.missingTitle')}>
            {missingOf(error).map((e) => (
              <List.Item key={e}>{t(`business.plan.elements.${e}`)}</List.Item>
            ))}
          </List>
        </Stack>
      </Alert>
    );
  }
  if (isRefusal(error.code)) {
    return (
      <Alert color="red" role="alert" variant="light">
        {t(`business.errors.${error.code}`)}
      </Alert>
    );
  }
  return <ErrorNotice error={error} />;
}
