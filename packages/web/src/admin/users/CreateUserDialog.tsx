import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { SecretOnce } from '../../ui/SecretOnce.tsx';
import { partnerOrganisation, placementBody } from './placement.ts';
import { usersKey } from './queries.ts';
import { draftProblems, emptyDraft, type UserDraft, UserFields } from './UserFields.tsx';

interface Created {
  user: User;
  temporaryPassword: string | null;
}

/**
 * New accounts get a temporary password from the server, shown here once, to
 * pass on to the person; they must replace it at first sign-in. The form sets
 * no password itself: an administrator should not know a colleague's password.
 */
export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  // New colleagues most likely read the language the administrator is using.
  const [draft, setDraft] = useState<UserDraft>({ ...emptyDraft, language: currentLanguage() });
  const [problems, setProblems] = useState<Record<string, string>>({});

  const create = useMutation({
    mutationFn: (d: UserDraft) =>
      api.post<Created>('/admin/users', {
        username: d.username.trim(),
        displayName: d.displayName.trim(),
        email: d.email.trim() || null,
        language: d.language,
        ...placementBody(d),
        serviceProviderId: partnerOrganisation(d),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft, t);
    setProblems(found);
    if (Object.keys(found).length === 0) create.mutate(draft);
  }

  const created = create.data;
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={created ? t('users.createdTitle') : t('users.createTitle')}
    >
      {created ? (
        <Stack>
          <Text>
            {t('users.createdBody', { name: created.user.displayName, username: created.user.username })}
          </Text>
          {created.temporaryPassword && (
            <SecretOnce
              label={t('users.temporaryPassword')}
              value={created.temporaryPassword}
              hint={t('users.temporaryPasswordHint')}
            />
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <UserFields
              draft={draft}
              onChange={setDraft}
              errors={{ ...fieldErrors(create.error), ...problems }}
            />
            <ErrorNotice error={create.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('users.submitCreate')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </ResponsiveModal>
  );
}
