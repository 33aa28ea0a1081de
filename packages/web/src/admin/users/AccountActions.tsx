import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { useDescribeError } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { SecretOnce } from '../../ui/SecretOnce.tsx';
import { usersKey } from './queries.ts';

export type AccountAction = 'deactivate' | 'reactivate' | 'resetPassword' | 'unlock';

/** Deactivating ends the person's sessions on the server; reactivating lets them sign in again. */
function useSetActive(user: User, onClose: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) =>
      api.patch<User>(`/admin/users/${user.id}`, { version: user.version, active }),
    onSuccess: (saved) => {
      notifications.show({
        color: 'teal',
        message: saved.active
          ? t('users.reactivated', { name: saved.displayName })
          : t('users.deactivated', { name: saved.displayName }),
      });
      void queryClient.invalidateQueries({ queryKey: usersKey });
      onClose();
    },
    // A stale version here means the list is out of date: refresh it behind the dialog.
    onError: () => void queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function AccountActionDialog({
  action,
  user,
  onClose,
}: {
  action: AccountAction;
  user: User;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const describe = useDescribeError();
  const setActive = useSetActive(user, onClose);
  const reset = useMutation({
    mutationFn: () => api.post<{ temporaryPassword: string }>(`/admin/users/${user.id}/reset-password`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
  const unlock = useMutation({
    mutationFn: () => api.post<User>(`/admin/users/${user.id}/unlock`),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('users.unlocked', { name: user.displayName }) });
      void queryClient.invalidateQueries({ queryKey: usersKey });
      onClose();
    },
    onError: (error) => notifications.show({ color: 'red', message: describe(error) }),
  });

  const name = user.displayName;
  switch (action) {
    case 'deactivate':
      return (
        <ConfirmDialog
          opened
          title={t('users.deactivateTitle', { name })}
          message={t('users.deactivateBody')}
          confirmLabel={t('users.deactivate')}
          danger
          busy={setActive.isPending}
          error={setActive.error}
          onConfirm={() => setActive.mutate(false)}
          onClose={onClose}
        />
      );
    case 'reactivate':
      return (
        <ConfirmDialog
          opened
          title={t('users.reactivateTitle', { name })}
          message={t('users.reactivateBody')}
          confirmLabel={t('users.reactivate')}
          busy={setActive.isPending}
          error={setActive.error}
          onConfirm={() => setActive.mutate(true)}
          onClose={onClose}
        />
      );
    case 'unlock':
      return (
        <ConfirmDialog
          opened
          title={t('users.unlockTitle', { name })}
          message={t('users.unlockBody')}
          confirmLabel={t('users.unlock')}
          busy={unlock.isPending}
          error={unlock.error}
          onConfirm={() => unlock.mutate()}
          onClose={onClose}
        />
      );
    case 'resetPassword':
      if (!reset.data) {
        return (
          <ConfirmDialog
            opened
            title={t('users.resetTitle', { name })}
            message={t('users.resetBody')}
            confirmLabel={t('users.resetPassword')}
            danger
            busy={reset.isPending}
            error={reset.error}
            onConfirm={() => reset.mutate()}
            onClose={onClose}
          />
        );
      }
      return (
        <ResponsiveModal opened onClose={onClose} title={t('users.resetDoneTitle', { name })}>
          <Stack>
            <Text>{t('users.resetDoneBody', { username: user.username })}</Text>
            <SecretOnce
              label={t('users.temporaryPassword')}
              value={reset.data.temporaryPassword}
              hint={t('users.temporaryPasswordHint')}
            />
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common.done')}</Button>
            </Group>
          </Stack>
        </ResponsiveModal>
      );
  }
}
