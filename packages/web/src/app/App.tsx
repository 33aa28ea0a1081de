import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/session.tsx';
import { currentLanguage, directionOf, i18n } from '../i18n/index.ts';
import { useLanguageFollowsAccount } from '../i18n/language.ts';
import { queryClient } from './queryClient.ts';
import { AppRoutes } from './routes.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** Keeps Mantine's direction (menus, drawers, paddings) in step with the language. */
function DirectionFollowsLanguage() {
  const { setDirection } = useDirection();
  useEffect(() => {
    const follow = () => setDirection(directionOf(currentLanguage()));
    follow();
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [setDirection]);
  return null;
}

function LanguageFollowsAccount() {
  useLanguageFollowsAccount();
  return null;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={directionOf(currentLanguage())} detectDirection={false}>
        <DirectionFollowsLanguage />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <Notifications position="top-center" />
          <SessionProvider>
            <LanguageFollowsAccount />
            {/* Address changes apply at once, not in a transition: the case list keeps its filters in the
                address, and a text field fed from there dropped keystrokes typed before it caught up. */}
            <BrowserRouter useTransitions={false}>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
