// Choosing the language. Signed out, the choice stays on this device; signed
// in, it is also saved on the account so that it follows the user to another phone.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { Language, Me } from '../api/types.ts';
import { meKey, useSession } from '../auth/session.tsx';
import { currentLanguage, i18n, rememberLanguage } from './index.ts';

/** A choice made on the sign-in page wins over the one saved on the account. */
let chosenWhileSignedOut = false;

export function useLanguage() {
  useTranslation(); // re-render when the language changes
  const { me } = useSession();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (language: Language) => api.patch<Me>('/auth/me', { language }),
    onSuccess: (next) => queryClient.setQueryData(meKey, next),
  });
  return {
    language: currentLanguage(),
    choose(language: Language) {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
      if (me) save.mutate(language);
      else chosenWhileSignedOut = true;
    },
  };
}

/** Applies the account's language once signed in, or saves the one just chosen on the sign-in page. */
export function useLanguageFollowsAccount(): void {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const settledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me || settledFor.current === me.user.id) return;
    settledFor.current = me.user.id;
    const here = currentLanguage();
    if (chosenWhileSignedOut && me.user.language !== here) {
      chosenWhileSignedOut = false;
      void api
        .patch<Me>('/auth/me', { language: here })
        .then((next) => queryClient.setQueryData(meKey, next))
        .catch(() => {
          // Not saved on the account; it still applies on this device.
        });
      return;
    }
    chosenWhileSignedOut = false;
    rememberLanguage(me.user.language);
    if (me.user.language !== here) void i18n.changeLanguage(me.user.language);
  }, [me, queryClient]);
  useEffect(() => {
    if (!me) settledFor.current = null;
  }, [me]);
}
