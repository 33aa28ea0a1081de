import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type Role, roles } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types.ts';
import { languageNames, languages } from '../../i18n/index.ts';
import { useOrganisation } from '../organisation/queries.ts';
import { defaultScope, needsMission, needsOffice, type Placement, scopesFor } from './placement.ts';
import { ServiceProviderField } from './ServiceProviderField.tsx';

export interface UserDraft extends Placement {
  username: string;
  displayName: string;
  email: string;
  language: Language;
  /** The provider a referral partner works for; '' for staff. */
  serviceProviderId: string;
}

export const emptyDraft: UserDraft = {
  username: '',
  displayName: '',
  email: '',
  role: 'caseworker',
  scope: defaultScope('caseworker'),
  officeId: '',
  missionId: '',
  language: 'en',
  serviceProviderId: '',
};

/** Problems the reader can fix before sending; the server checks the same and more. */
export function draftProblems(
  draft: UserDraft,
  t: (key: 'validation.required' | 'validation.username' | 'validation.email') => string,
) {
  const problems: Record<string, string> = {};
  if (!/^[a-zA-Z0-9._-]{3,64}$/.test(draft.username)) problems.username = t('validation.username');
  if (!draft.displayName.trim()) problems.displayName = t('validation.required');
  if (draft.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email)) problems.email = t('validation.email');
  if (needsOffice(draft) && !draft.officeId) problems.officeId = t('validation.required');
  if (needsMission(draft) && !draft.missionId) problems.missionId = t('validation.required');
  // A partner with no organisation would see no referral at all.
  if (draft.role === 'referral_partner' && !draft.serviceProviderId)
    problems.serviceProviderId = t('validation.required');
  return problems;
}

export function UserFields({
  draft,
  onChange,
  errors,
  editing,
}: {
  draft: UserDraft;
  onChange: (next: UserDraft) => void;
  errors: Record<string, string | undefined>;
  /** The username cannot change once the account exists. */
  editing?: boolean;
}) {
  const { t } = useTranslation();
  const { missions, officeGroups } = useOrganisation();
  const set = (changes: Partial<UserDraft>) => onChange({ ...draft, ...changes });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('users.username')}
        description={editing ? undefined : t('users.usernameHelp')}
        value={draft.username}
        onChange={(e) => set({ username: e.currentTarget.value })}
        error={errors.username}
        readOnly={editing}
        withAsterisk={!editing}
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        dir="ltr"
      />
      <TextInput
        label={t('users.displayName')}
        value={draft.displayName}
        onChange={(e) => set({ displayName: e.currentTarget.value })}
        error={errors.displayName}
        withAsterisk
        autoComplete="off"
      />
      <TextInput
        label={t('users.email')}
        type="email"
        value={draft.email}
        onChange={(e) => set({ email: e.currentTarget.value })}
        error={errors.email}
        autoComplete="off"
        dir="ltr"
      />
      <NativeSelect
        label={t('users.language')}
        value={draft.language}
        onChange={(e) => set({ language: e.currentTarget.value as Language })}
        data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
        error={errors.language}
      />
      <NativeSelect
        label={t('users.role')}
        value={draft.role}
        onChange={(e) => {
          const role = e.currentTarget.value as Role;
          // A new role starts from its usual scope; the administrator can widen it within the role's limit.
          set({ role, scope: defaultScope(role) });
        }}
        data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={errors.role}
        withAsterisk
      />
      {draft.role === 'referral_partner' && (
        <ServiceProviderField
          value={draft.serviceProviderId}
          onChange={(serviceProviderId) => set({ serviceProviderId })}
          error={errors.serviceProviderId}
        />
      )}
      <NativeSelect
        label={t('users.scope')}
        description={t(`scopeHelp.${draft.scope}`)}
        value={draft.scope}
        onChange={(e) => set({ scope: e.currentTarget.value as UserDraft['scope'] })}
        data={scopesFor(draft.role).map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
        error={errors.scope}
        withAsterisk
      />
      <NativeSelect
        label={t('users.office')}
        value={draft.officeId}
        onChange={(e) => set({ officeId: e.currentTarget.value })}
        data={[{ value: '', label: t('users.noOffice') }, ...officeGroups(draft.officeId)]}
        error={errors.officeId}
        withAsterisk={needsOffice(draft)}
      />
      {/* An office implies its mission; the mission is asked for only where no office is needed. */}
      {!draft.officeId && !needsOffice(draft) && (
        <NativeSelect
          label={t('users.mission')}
          value={draft.missionId}
          onChange={(e) => set({ missionId: e.currentTarget.value })}
          data={[
            { value: '', label: t('users.noMission') },
            ...missions
              .filter((m) => m.active || m.id === draft.missionId)
              .map((m) => ({ value: m.id, label: m.name })),
          ]}
          error={errors.missionId}
          withAsterisk={needsMission(draft)}
        />
      )}
    </SimpleGrid>
  );
}
