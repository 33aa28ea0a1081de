import { Alert, Button, CloseButton, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { LikelyDuplicate } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import {
  compactCriteria,
  criteriaProblems,
  maxNames,
  type SearchCriteria,
  sameCriteria,
  searchBody,
} from './criteria.ts';
import { DuplicateList } from './DuplicateList.tsx';
import { textRow } from './rows.ts';

export interface SearchResult {
  criteria: SearchCriteria;
  matches: LikelyDuplicate[];
}

/**
 * Step 1, search before create: the person may already have a case, perhaps
 * under another spelling. Registering opens only once the details on screen
 * have been searched, so that a changed name is searched again too.
 */
export function SearchStep({
  criteria,
  onChange,
  result,
  onResult,
  onRegister,
}: {
  criteria: SearchCriteria;
  onChange: (next: SearchCriteria) => void;
  result: SearchResult | null;
  onResult: (result: SearchResult) => void;
  onRegister: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const search = useMutation({
    mutationFn: (c: SearchCriteria) =>
      api.post<{ items: LikelyDuplicate[] }>('/cases/duplicates', searchBody(c)),
    onSuccess: (answer, c) => onResult({ criteria: c, matches: answer.items }),
  });
  const set = (changes: Partial<SearchCriteria>) => onChange({ ...criteria, ...changes });
  const setName = (index: number, text: string) =>
    set({ names: criteria.names.map((n, i) => (i === index ? { ...n, text } : n)) });

  function submit(event: FormEvent) {
    event.preventDefault();
    const compacted = compactCriteria(criteria);
    onChange(compacted);
    const found = criteriaProblems(compacted, t);
    setProblems(found);
    if (Object.keys(found).length === 0) search.mutate(compacted);
  }

  const errors = { ...fieldErrors(search.error), ...problems };
  const upToDate = !!result && sameCriteria(result.criteria, criteria);

  return (
    <Stack component="section" aria-labelledby="search-heading">
      <Title order={2} id="search-heading">
        {t('cases.searchTitle')}
      </Title>
      <Text>{t('cases.searchIntro')}</Text>
      <search aria-labelledby="search-heading">
        <form onSubmit={submit} noValidate>
          <Stack>
            {criteria.names.map((name, i) => (
              <TextInput
                key={name.key}
                label={i === 0 ? t('cases.searchName') : t('cases.otherSpelling', { number: i + 1 })}
                description={i === 0 ? t('cases.searchNameHelp') : undefined}
                value={name.text}
                onChange={(e) => setName(i, e.currentTarget.value)}
                error={errors[`names.${i}`]}
                withAsterisk={i === 0}
                autoComplete="off"
                rightSectionPointerEvents="all"
                rightSection={
                  i > 0 && (
                    <CloseButton
                      aria-label={t('cases.removeSpelling', { number: i + 1 })}
                      onClick={() => set({ names: criteria.names.filter((_, j) => j !== i) })}
                    />
                  )
                }
              />
            ))}
            {criteria.names.length < maxNames && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => set({ names: [...criteria.names, textRow()] })}
                >
                  {t('cases.addSpelling')}
                </Button>
              </Group>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('cases.dateOfBirth')}
                description={t('cases.dateOfBirthHelp')}
                value={criteria.dateOfBirth}
                onChange={(e) => set({ dateOfBirth: e.currentTarget.value })}
                error={errors.dateOfBirth}
              />
              <TextInput
                label={t('cases.birthYear')}
                description={t('cases.birthYearHelp')}
                inputMode="numeric"
                value={criteria.birthYear}
                onChange={(e) => set({ birthYear: e.currentTarget.value })}
                error={errors.birthYear}
                dir="ltr"
              />
              <TextInput
                type="tel"
                label={t('cases.phone')}
                description={t('cases.phoneSearchHelp')}
                value={criteria.phone}
                onChange={(e) => set({ phone: e.currentTarget.value })}
                error={errors.phone}
                autoComplete="off"
                dir="ltr"
              />
              <TextInput
                label={t('cases.identifier')}
                description={t('cases.identifierHelp')}
                value={criteria.identifier}
                onChange={(e) => set({ identifier: e.currentTarget.value })}
                error={errors['identifiers.0']}
                autoComplete="off"
                dir="ltr"
              />
            </SimpleGrid>
            <ErrorNotice error={search.error} />
            <Group>
              <Button type="submit" loading={search.isPending}>
                {t('cases.search')}
              </Button>
            </Group>
          </Stack>
        </form>
      </search>

      {result && <DuplicateList matches={result.matches} />}

      <Stack gap="xs" align="flex-start">
        {result && !upToDate && (
          <Alert color="yellow" variant="light" c="yellow.9">
            {t('cases.searchAgain')}
          </Alert>
        )}
        {!result && <Text size="sm">{t('cases.mustSearch')}</Text>}
        <Button
          variant={result?.matches.length ? 'default' : 'filled'}
          disabled={!upToDate}
          onClick={onRegister}
        >
          {t('cases.registerNew')}
        </Button>
      </Stack>
    </Stack>
  );
}
