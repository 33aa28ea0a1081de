// Who is signed in. The server's Me is the single source: permissions decide
// the menu, mustChangePassword decides whether anything but the password page opens.
import type { Permission } from '@reintegra/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, type SessionProblem, setCsrfToken, whenSessionProblem } from '../api/client.ts';
import type { Me } from '../api/types.ts';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

interface Session {
  me: Me | null;
  /** True until the first answer to "who am I?". */
  loading: boolean;
  /** Set when the first answer failed (server unreachable), so the app can say so. */
  failure: unknown;
  /** Why the last session ended without the user asking: shown on the sign-in page. */
  endedBecause: SessionProblem | null;
  /** The user signed out themself: the next sign-in starts at home, not on the page they left. */
  signedOutOnPurpose: boolean;
  signedIn(me: Me): void;
  signOut(): Promise<void>;
  refresh(): Promise<unknown>;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
  const [endedBecause, setEndedBecause] = useState<SessionProblem | null>(null);
  const [signedOutOnPurpose, setSignedOutOnPurpose] = useState(false);

  const forget = useCallback(() => {
    setCsrfToken(null);
    // Phones and office computers are shared: drop every cached record along with the session.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    queryClient.setQueryData(meKey, null);
  }, [queryClient]);

  useEffect(() => {
    whenSessionProblem((problem) => {
      if (problem === 'password_change_required') {
        void queryClient.invalidateQueries({ queryKey: meKey });
        return;
      }
      setEndedBecause(problem);
      forget();
    });
  }, [queryClient, forget]);

  const value = useMemo<Session>(() => {
    const me = query.data ?? null;
    return {
      me,
      loading: query.isPending,
      failure: query.isError ? query.error : null,
      endedBecause,
      signedOutOnPurpose,
      signedIn(next) {
        setCsrfToken(next.csrfToken);
        setEndedBecause(null);
        setSignedOutOnPurpose(false);
        queryClient.setQueryData(meKey, next);
      },
      async signOut() {
        try {
          await api.post('/auth/logout');
        } catch {
          // Already ended on the server, or unreachable: either way this device forgets the session.
        }
        setEndedBecause(null);
        setSignedOutOnPurpose(true);
        forget();
      },
      refresh: () => queryClient.invalidateQueries({ queryKey: meKey }),
      can: (permission) => me?.permissions.includes(permission) ?? false,
    };
  }, [
    query.data,
    query.isPending,
    query.isError,
    query.error,
    endedBecause,
    signedOutOnPurpose,
    queryClient,
    forget,
  ]);

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** For pages behind the sign-in: the Me is there, or the page would not render. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe while signed out');
  return me;
}
