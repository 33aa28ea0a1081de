import { Button, Group, NativeSelect, Radio, Stack } from '@mantine/core';
import type { Relationship } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, Household, HouseholdMember } from '../../api/types.ts';
import { ErrorNotice } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { memberRelationships } from './household.ts';

/** Corrects how a member is related, or records that they now return too, or stay behind after all. */
export function ChangeMemberDialog({
  file,
  household,
  member,
  onReload,
  onClose,
}: {
  file: CaseFile;
  household: Household;
  member: HouseholdMember;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [relationship, setRelationship] = useState<Relationship>(member.relationship);
  const [returns, setReturns] = useState(member.returnsTogether ? 'yes' : 'no');
  const id = file.summary.id;

  const { command: change, stale } = useCaseCommand(
    id,
    () =>
      api.patch<CaseFile>(`/cases/${id}/household/members/${member.id}`, {
        // The household's version as the page holds it now: a colleague's change in between is not overwritten.
        version: household.version,
        // Only what changed: the history records what was changed.
        ...(relationship !== member.relationship ? { relationship } : {}),
        ...((returns === 'yes') !== member.returnsTogether ? { returnsTogether: returns === 'yes' } : {}),
      }),
    { saved: () => t('household.changed'), done: onClose },
  );
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => change.reset() });
  const changed = relationship !== member.relationship || (returns === 'yes') !== member.returnsTogether;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changed) change.mutate();
    else onClose();
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('household.changeTitle', { name: member.name })}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('household.relationship')}
            description={t('household.relationshipHelp')}
            value={relationship}
            onChange={(e) => setRelationship(e.currentTarget.value as Relationship)}
            data={memberRelationships.map((r) => ({ value: r, label: t(`relationships.${r}`) }))}
          />
          <Radio.Group label={t('household.returning')} value={returns} onChange={setReturns}>
            <Group mt={4}>
              <Radio value="yes" label={t('household.returnsTogether')} />
              <Radio value="no" label={t('household.staysBehind')} />
            </Group>
          </Radio.Group>
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={change.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
