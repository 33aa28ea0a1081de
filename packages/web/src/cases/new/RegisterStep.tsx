import { Alert, Button, Checkbox, Group, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type CasePhase, casePhases } from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrganisation } from '../../admin/organisation/queries.ts';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { useMe } from '../../auth/session.tsx';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ConsentFields } from '../ConsentFields.tsx';
import { MigrationFields } from '../MigrationFields.tsx';
import { caseKey, caseListKey } from '../queries.ts';
import { type CaseDraft, caseBody, compactDraft, draftProblems, today } from './draft.ts';
import { PersonFields } from './PersonFields.tsx';
import { ScreeningFields } from './ScreeningFields.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={3} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * Step 2: the whole registration, opened at screening. The office is asked for
 * only from users whose scope reaches beyond one office; others register in their own.
 */
export function RegisterStep({
  draft,
  onChange: setDraft,
  onBack,
}: {
  draft: CaseDraft;
  onChange: (next: CaseDraft) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fieldErrors = useFieldErrors();
  const { officeGroups } = useOrganisation();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const choosesOffice = me.user.scope === 'mission' || me.user.scope === 'all' || !me.user.officeId;

  // Coming from the search, put keyboard and screen-reader users at the top of the new step.
  useEffect(() => headingRef.current?.focus(), []);

  const create = useMutation({
    mutationFn: (d: CaseDraft) => api.post<CaseFile>('/cases', caseBody(d)),
    onSuccess: (file) => {
      queryClient.setQueryData(caseKey(file.summary.id), file);
      void queryClient.invalidateQueries({ queryKey: caseListKey });
      notifications.show({
        color: 'teal',
        message: t('cases.opened', { reference: file.summary.reference }),
      });
      navigate(`/cases/${file.summary.id}`);
    },
  });

  const errors = { ...fieldErrors(create.error), ...problems };
  const errorCount = Object.keys(errors).length;
  // After a refused send, take the reader to the first field to fix.
  useEffect(() => {
    if (errorCount) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errorCount]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const compacted = compactDraft(draft);
    setDraft(compacted);
    const found = draftProblems(compacted, t, today());
    setProblems(found);
    if (Object.keys(found).length === 0) create.mutate(compacted);
  }

  const set = (changes: Partial<CaseDraft>) => setDraft({ ...draft, ...changes });
  return (
    <Stack component="section" aria-labelledby="register-heading">
      <Group justify="space-between" align="center">
        <Title order={2} id="register-heading" ref={headingRef} tabIndex={-1}>
          {t('cases.registerTitle')}
        </Title>
        <Button variant="default" onClick={onBack}>
          {t('cases.backToSearch')}
        </Button>
      </Group>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="xl">
          <Section id="case-section" title={t('cases.caseSection')}>
            <Radio.Group
              label={t('cases.phase')}
              value={draft.phase}
              onChange={(phase) => set({ phase: phase as CasePhase })}
              error={errors.phase}
              withAsterisk
            >
              <Stack gap="xs" mt={4}>
                {casePhases.map((p) => (
                  <Radio
                    key={p}
                    value={p}
                    label={t(`casePhases.${p}`)}
                    description={t(`casePhaseHelp.${p}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {choosesOffice && (
              <NativeSelect
                label={t('users.office')}
                value={draft.officeId}
                onChange={(e) => set({ officeId: e.currentTarget.value })}
                data={[{ value: '', label: t('cases.chooseOffice') }, ...officeGroups()]}
                error={errors.officeId}
                withAsterisk
              />
            )}
          </Section>

          <Section id="person-section" title={t('cases.personSection')}>
            <PersonFields draft={draft} onChange={setDraft} errors={errors} />
          </Section>

          <Section id="screening-section" title={t('cases.screeningSection')}>
            <ScreeningFields draft={draft} onChange={setDraft} errors={errors} />
          </Section>

          <Section id="consent-section" title={t('cases.consentSection')}>
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
          </Section>

          <Section id="migration-section" title={t('migration.title')}>
            <Checkbox
              label={t('migration.atRegistration')}
              description={t('migration.atRegistrationHelp')}
              checked={draft.withMigration}
              onChange={(e) => set({ withMigration: e.currentTarget.checked })}
            />
            {draft.withMigration && (
              <MigrationFields
                value={draft.migration}
                onChange={(migration) => set({ migration })}
                errors={errors}
                prefix="migration."
              />
            )}
          </Section>

          <Section id="sensitive-section" title={t('cases.sensitiveSection')}>
            <Checkbox
              label={t('cases.sensitiveLabel')}
              description={t('cases.sensitiveHelp')}
              checked={draft.sensitive}
              onChange={(e) => set({ sensitive: e.currentTarget.checked })}
            />
            {draft.sensitive && (
              <Alert color="blue" variant="light">
                {t('cases.sensitiveNote')}
              </Alert>
            )}
          </Section>

          {create.error ? (
            <ErrorNotice error={create.error} />
          ) : (
            Object.keys(problems).length > 0 && (
              <Alert color="red" variant="light" role="alert">
                {t('errors.invalid_input')}
              </Alert>
            )
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onBack}>
              {t('cases.backToSearch')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('cases.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
