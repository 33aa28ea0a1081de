import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type CasePhase, casePhases } from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { CaseFile, HouseholdMember } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { ConsentFields } from '../ConsentFields.tsx';
import { emptyCriteria } from '../new/criteria.ts';
import { type CaseDraft, draftFromSearch, openingBody, openingProblems } from '../new/draft.ts';
import { ScreeningFields } from '../new/ScreeningFields.tsx';
import { caseKey, caseListKey } from '../queries.ts';

/**
 * Opens a case of their own for a household member, in the office that holds
 * this one: a child returning with a family is a rights holder of their own
 * (seed-002 Module 6, L3918). The person is already on file; what is asked is
 * what opens any case: phase, screening, consent if given, sensitivity.
 */
export function OpenMemberCaseDialog({
  file,
  member,
  onClose,
}: {
  file: CaseFile;
  member: HouseholdMember;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fieldErrors = useFieldErrors();
  const [draft, setDraft] = useState<CaseDraft>(() => draftFromSearch(emptyCriteria(), file.summary.phase));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = file.summary.id;
  const set = (changes: Partial<CaseDraft>) => setDraft({ ...draft, ...changes });

  const open = useMutation({
    mutationFn: () =>
      api.post<CaseFile>(`/cases/${id}/household/members/${member.id}/case`, openingBody(draft)),
    onSuccess: (opened) => {
      queryClient.setQueryData(caseKey(opened.summary.id), opened);
      // This case's household now links the member's case.
      void queryClient.invalidateQueries({ queryKey: caseKey(id) });
      void queryClient.invalidateQueries({ queryKey: caseListKey });
      notifications.show({
        color: 'teal',
        message: t('cases.opened', { reference: opened.summary.reference }),
      });
      onClose();
      navigate(`/cases/${opened.summary.id}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = openingProblems(draft, t);
    setProblems(found);
    if (Object.keys(found).length === 0) open.mutate();
  }

  const errors = { ...fieldErrors(open.error), ...problems };
  return (
    <ResponsiveModal opened onClose={onClose} title={t('household.openCaseTitle', { name: member.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {member.child && (
            <Alert color="blue" variant="light" c="blue.9">
              {t('household.childRightsHolder')}
            </Alert>
          )}
          <Radio.Group
            label={t('cases.phase')}
            value={draft.phase}
            onChange={(phase) => set({ phase: phase as CasePhase })}
            error={errors.phase}
            withAsterisk
          >
            <Group mt={4}>
              {casePhases.map((p) => (
                <Radio key={p} value={p} label={t(`casePhases.${p}`)} />
              ))}
            </Group>
          </Radio.Group>
          <ScreeningFields draft={draft} onChange={setDraft} errors={errors} />
          <Text size="sm">{t('cases.consentHelp')}</Text>
          <Checkbox
            label={t('cases.consentGiven')}
            checked={draft.withConsent}
            onChange={(e) => set({ withConsent: e.currentTarget.checked })}
          />
          {draft.withConsent && (
            <ConsentFields
              value={draft.consent}
              onChange={(consent) => set({ consent })}
              errors={errors}
              prefix="consent."
            />
          )}
          <Checkbox
            label={t('cases.sensitiveLabel')}
            description={t('cases.sensitiveHelp')}
            checked={draft.sensitive}
            onChange={(e) => set({ sensitive: e.currentTarget.checked })}
          />
          <ErrorNotice error={open.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending}>
              {t('cases.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
