import { Button, Group, Stack } from '@mantine/core';
import { type BusinessStage, businessStages, canMoveBusiness, stageNeedsReason } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ReasonDialog } from '../ui/ReasonDialog.tsx';
import { type BusinessApplication, type BusinessSupport, useBusinessCommand } from './queries.ts';
import { BusinessRefusal } from './words.tsx';

/** Where an application can be moved: nothing goes back to `applied`. */
type Target = Exclude<BusinessStage, 'applied'>;

interface Move {
  to: Target;
  reason: string;
}

/**
 * The next steps the application may take from where it stands (the domain's
 * canMoveBusiness). A "no" at a selection, or a closure, asks why: the
 * returnee is told either way (seed-002 L6279).
 */
export function StageMoves({
  caseId,
  application,
  onReload,
}: {
  caseId: string;
  application: BusinessApplication;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Target | null>(null);
  const { command: move } = useBusinessCommand(
    caseId,
    (body: Move) =>
      api.post<BusinessSupport>(`/cases/${caseId}/business/stage`, { version: application.version, ...body }),
    {
      saved: (next) =>
        t('business.moved', {
          stage: next.application ? t(`business.stages.${next.application.stage}`) : '',
        }),
      done: () => setAsking(null),
    },
  );
  const next = businessStages.filter(
    (to): to is Target => to !== 'applied' && canMoveBusiness(application.stage, to),
  );
  if (next.length === 0) return null;
  // Sending the plan back after a "no" is the second chance of Step 5b.
  const label = (to: Target) =>
    to === 'plan_submitted' && application.stage === 'not_selected'
      ? t('business.resubmit')
      : t(`business.moves.${to}`);
  const reload = () => {
    move.reset();
    onReload();
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {next.map((to) => (
          <Button
            key={to}
            variant={stageNeedsReason(to) ? 'default' : 'light'}
            loading={move.isPending && move.variables?.to === to && !asking}
            disabled={move.isPending}
            onClick={() => {
              move.reset();
              if (stageNeedsReason(to)) setAsking(to);
              else move.mutate({ to, reason: '' });
            }}
          >
            {label(to)}
          </Button>
        ))}
      </Group>
      {!asking && move.error ? <BusinessRefusal error={move.error} onReload={reload} /> : null}
      {asking && (
        <ReasonDialog
          title={label(asking)}
          message={t('business.reasonHelp')}
          confirmLabel={label(asking)}
          busy={move.isPending}
          error={move.error}
          onReload={() => {
            setAsking(null);
            reload();
          }}
          onConfirm={(reason) => move.mutate({ to: asking, reason })}
          onClose={() => {
            setAsking(null);
            move.reset();
          }}
        />
      )}
    </Stack>
  );
}
