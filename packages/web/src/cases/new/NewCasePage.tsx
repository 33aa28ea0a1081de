import { Anchor, Stack, Title } from '@mantine/core';
import type { CasePhase } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisation } from '../../admin/organisation/queries.ts';
import { useMe } from '../../auth/session.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { emptyCriteria, type SearchCriteria, sameCriteria } from './criteria.ts';
import { type CaseDraft, draftFromSearch } from './draft.ts';
import { RegisterStep } from './RegisterStep.tsx';
import { type SearchResult, SearchStep } from './SearchStep.tsx';

/** Offices in a host country work before return, those in a country of origin after it. */
function usualPhase(missionRole: string | undefined): '' | CasePhase {
  if (missionRole === 'host') return 'pre_return';
  if (missionRole === 'origin') return 'post_return';
  return '';
}

/**
 * Registration in two steps: search first (the person may already have a
 * case), then the full form, pre-filled from the search. Both steps keep their
 * state while the user goes back and forth.
 */
export function NewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.newTitle'));
  const me = useMe();
  const { offices, missions } = useOrganisation();
  const [criteria, setCriteria] = useState<SearchCriteria>(emptyCriteria);
  const [result, setResult] = useState<SearchResult | null>(null);
  // The form and the search it was filled from: kept while going back and forth.
  const [form, setForm] = useState<{ from: SearchCriteria; draft: CaseDraft } | null>(null);
  const [step, setStep] = useState<'search' | 'register'>('search');

  function register() {
    if (!result) return;
    if (!form || !sameCriteria(form.from, result.criteria)) {
      // A new or changed search: fill the form again from it.
      const office = offices.find((o) => o.id === me.user.officeId);
      const mission = missions.find((m) => m.id === office?.missionId);
      const draft = draftFromSearch(result.criteria, usualPhase(mission?.role));
      setForm({ from: result.criteria, draft: { ...draft, officeId: me.user.officeId ?? '' } });
    }
    setStep('register');
  }

  return (
    // A form reads best at the width of a sheet of paper, even on a wide screen.
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to="/cases" size="sm">
          {t('cases.backToList')}
        </Anchor>
        <Title order={1}>{t('cases.newTitle')}</Title>
      </Stack>
      {step === 'register' && form ? (
        <RegisterStep
          draft={form.draft}
          onChange={(draft) => setForm({ ...form, draft })}
          onBack={() => setStep('search')}
        />
      ) : (
        <SearchStep
          criteria={criteria}
          onChange={setCriteria}
          result={result}
          onResult={setResult}
          onRegister={register}
        />
      )}
    </Stack>
  );
}
