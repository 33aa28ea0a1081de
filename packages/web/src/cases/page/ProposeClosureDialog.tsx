import { Button, Checkbox, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { type ClosureReason, closureReasonCodes, openChecklistItems } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, HandOverConsent } from '../../api/types.ts';
import { ErrorNotice } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { OpenChecklistItems } from './ClosureSection.tsx';
import { type ChecklistAnswers, checklistOf, requiredItems } from './closure.ts';

const answeredNothing: ChecklistAnswers = {
  planReviewed: false,
  exitInterviewDone: false,
  unmetNeedsRecorded: false,
  handOverConsented: 'not_applicable',
};

/**
 * Proposes closing the case: the reason, the closure checklist, unmet needs
 * and notes. It says up front which items the chosen reason calls for, since
 * a supervisor cannot approve while they are open (seed-002 L2007-L2009).
 */
export function ProposeClosureDialog({
  file,
  onReload,
  onClose,
}: {
  file: CaseFile;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [answers, setAnswers] = useState<ChecklistAnswers>(answeredNothing);
  const [unmetNeeds, setUnmetNeeds] = useState('');
  const [notes, setNotes] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const id = file.summary.id;

  const { command: propose, stale } = useCaseCommand(
    id,
    () =>
      api.post<CaseFile>(`/cases/${id}/closure`, {
        version: file.summary.version,
        reason,
        ...answers,
        ...(unmetNeeds.trim() ? { unmetNeeds: unmetNeeds.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      }),
    { saved: () => t('closure.proposed'), done: onClose },
  );
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => propose.reset() });

  const required = reason ? requiredItems(reason) : [];
  const stillOpen = reason ? openChecklistItems(reason, checklistOf(answers)) : [];
  const tick = (item: 'planReviewed' | 'exitInterviewDone' | 'unmetNeedsRecorded') => (
    <Checkbox
      label={t(`closure.items.${item}`)}
      description={required.includes(item) ? t('closure.requiredForReason') : undefined}
      checked={answers[item]}
      onChange={(e) => setAnswers({ ...answers, [item]: e.currentTarget.checked })}
    />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setMissingReason(true);
      return;
    }
    propose.mutate();
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('closure.proposeTitle', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('closure.reason')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value as ClosureReason | '');
              setMissingReason(false);
            }}
            data={[
              { value: '', label: t('cases.choose') },
              ...closureReasonCodes.map((r) => ({ value: r, label: t(`closureReasons.${r}`) })),
            ]}
            error={missingReason ? t('validation.required') : undefined}
            withAsterisk
          />
          <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
            <legend>{t('closure.checklist')}</legend>
            {tick('planReviewed')}
            {tick('exitInterviewDone')}
            {tick('unmetNeedsRecorded')}
          </Stack>
          <Radio.Group
            label={t('closure.items.handOverConsented')}
            description={t('closure.handOverHelp')}
            value={answers.handOverConsented}
            onChange={(value) => setAnswers({ ...answers, handOverConsented: value as HandOverConsent })}
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label={t('common.yes')} />
              <Radio value="no" label={t('common.no')} />
              <Radio value="not_applicable" label={t('closure.notApplicable')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('closure.unmetNeeds')}
            description={t('closure.unmetNeedsHelp')}
            value={unmetNeeds}
            onChange={(e) => setUnmetNeeds(e.currentTarget.value)}
            autosize
            minRows={2}
            dir="auto"
          />
          <Textarea
            label={t('closure.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
            dir="auto"
          />
          <OpenChecklistItems items={stillOpen} />
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={propose.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={propose.isPending} disabled={stale}>
              {t('closure.propose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
