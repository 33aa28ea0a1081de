import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { partnerOrganisation, placementBody } from './placement.ts';
import { usersKey } from './queries.ts';
import { draftProblems, type UserDraft, UserFields } from './UserFields.tsx';

function draftOf(user: User): UserDraft {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? '',
    language: user.language,
    role: user.role,
    scope: user.scope,
    officeId: user.officeId ?? '',
    missionId: user.missionId ?? '',
    serviceProviderId: user.serviceProviderId ?? '',
  };
}

/**
 * Sends only what changed, with the version it was read at. Placement is sent
 * only when it changed because the server signs the user out on any placement
 * change (their access has moved).
 */
function changes(before: User, draft: UserDraft) {
  const was = draftOf(before);
  const body: Record<string, unknown> = { version: before.version };
  if (draft.displayName.trim() !== was.displayName) body.displayName = draft.displayName.trim();
  if (draft.email.trim() !== was.email) body.email = draft.email.trim() || null;
  if (draft.language !== was.language) body.language = draft.language;
  const moved =
    draft.role !== was.role ||
    draft.scope !== was.scope ||
    draft.officeId !== was.officeId ||
    (!draft.officeId && draft.missionId !== was.missionId);
  if (moved) Object.assign(body, placementBody(draft));
  // Leaving the partner role leaves the organisation too: the server keeps providers for partners only.
  const organisation = partnerOrganisation(draft);
  if (organisation !== before.serviceProviderId) body.serviceProviderId = organisation;
  return body;
}

export function EditUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(user);
  const [draft, setDraft] = useState(() => draftOf(user));
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: () => api.patch<User>(`/admin/users/${base.id}`, changes(base, draft)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersKey });
      onClose();
    },
  });
  const reload = useMutation({
    mutationFn: () => api.get<User>(`/admin/users/${base.id}`),
    onSuccess: (fresh) => {
      setBase(fresh);
      setDraft(draftOf(fresh));
      save.reset();
      void queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft, t);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  }

  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';
  return (
    <ResponsiveModal opened onClose={onClose} title={t('users.editTitle', { name: base.displayName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <UserFields
            draft={draft}
            onChange={setDraft}
            errors={{ ...fieldErrors(save.error), ...problems }}
            editing
          />
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={save.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
