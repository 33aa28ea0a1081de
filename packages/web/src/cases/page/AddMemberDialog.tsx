import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Relationship } from '@reintegra/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, CaseSummary, Page } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { emptyCriteria } from '../new/criteria.ts';
import {
  type CaseDraft,
  compactDraft,
  draftFromSearch,
  personBody,
  personProblems,
  today,
} from '../new/draft.ts';
import { PersonFields } from '../new/PersonFields.tsx';
import { useCaseCommand } from '../queries.ts';
import { memberRelationships } from './household.ts';

type Who = 'new' | 'existing';

/** The person of another case on file, found through the case list's search. */
function CaseChoice({
  file,
  value,
  onChange,
  error,
}: {
  file: CaseFile;
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const found = useQuery({
    queryKey: ['cases', 'list', 'household-choice', q],
    queryFn: () => api.get<Page<CaseSummary>>('/cases', { q, limit: 20 }),
    // The list refuses a search under two characters.
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const others = (found.data?.items ?? []).filter((c) => c.id !== file.summary.id);
  return (
    <>
      <TextInput
        type="search"
        label={t('household.findCase')}
        description={t('cases.searchListHelp')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        dir="auto"
      />
      <NativeSelect
        label={t('household.case')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={[
          { value: '', label: others.length ? t('cases.choose') : t('household.noCaseFound') },
          ...others.map((c) => ({ value: c.id, label: `${c.reference} · ${c.person.name}` })),
        ]}
        error={error}
        withAsterisk
      />
      <ErrorNotice error={found.error} />
    </>
  );
}

/**
 * Adds someone to the household of the person on the case: a new person
 * record, or the person of a case already on file. The first member added
 * starts the household, with this case's person as its reference person.
 */
export function AddMemberDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [relationship, setRelationship] = useState<Relationship | ''>('');
  const [returns, setReturns] = useState<'' | 'yes' | 'no'>('');
  const [who, setWho] = useState<Who>('new');
  const [draft, setDraft] = useState<CaseDraft>(() => draftFromSearch(emptyCriteria(), ''));
  const [caseId, setCaseId] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = file.summary.id;

  const { command: add } = useCaseCommand(
    id,
    (person: CaseDraft) =>
      api.post<CaseFile>(`/cases/${id}/household/members`, {
        relationship,
        returnsTogether: returns === 'yes',
        ...(who === 'new' ? { person: personBody(person) } : { existingCaseId: caseId }),
      }),
    { saved: () => t('household.added'), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const compacted = compactDraft(draft);
    setDraft(compacted);
    const found: Record<string, string> =
      who === 'new'
        ? personProblems(compacted, t, today())
        : caseId
          ? {}
          : { existingCaseId: t('validation.required') };
    if (!relationship) found.relationship = t('validation.required');
    if (!returns) found.returnsTogether = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) add.mutate(compacted);
  }

  const errors = { ...fieldErrors(add.error), ...problems };
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('household.addTitle', { name: file.summary.person.name })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {!file.household && <Text size="sm">{t('household.startsHousehold')}</Text>}
          <NativeSelect
            label={t('household.relationship')}
            description={t('household.relationshipHelp')}
            value={relationship}
            onChange={(e) => setRelationship(e.currentTarget.value as Relationship | '')}
            data={[
              { value: '', label: t('cases.choose') },
              ...memberRelationships.map((r) => ({ value: r, label: t(`relationships.${r}`) })),
            ]}
            error={errors.relationship}
            withAsterisk
          />
          <Radio.Group
            label={t('household.returning')}
            value={returns}
            onChange={(value) => setReturns(value as 'yes' | 'no')}
            error={errors.returnsTogether}
            withAsterisk
          >
            <Group mt={4}>
              <Radio value="yes" label={t('household.returnsTogether')} />
              <Radio value="no" label={t('household.staysBehind')} />
            </Group>
          </Radio.Group>
          <Radio.Group label={t('household.who')} value={who} onChange={(value) => setWho(value as Who)}>
            <Group mt={4}>
              <Radio value="new" label={t('household.newPerson')} />
              <Radio value="existing" label={t('household.existingPerson')} />
            </Group>
          </Radio.Group>
          {who === 'new' ? (
            <PersonFields draft={draft} onChange={setDraft} errors={errors} />
          ) : (
            <CaseChoice file={file} value={caseId} onChange={setCaseId} error={errors.existingCaseId} />
          )}
          <ErrorNotice error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('household.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
