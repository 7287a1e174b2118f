import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type Me } from './api.ts';

export type SessionState = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'signedIn'; me: Me } | { kind: 'error'; message: string };

/** Who is signed in (GET /auth/me); `refresh` after login, signup or accepting an invitation. */
export function useSession(): { session: SessionState; refresh: () => Promise<void>; logout: () => Promise<void> } {
  const [session, setSession] = useState<SessionState>({ kind: 'loading' });
  const refresh = useCallback(async () => {
    try {
      setSession({ kind: 'signedIn', me: await api<Me>('GET', '/auth/me') });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setSession({ kind: 'signedOut' });
      else setSession({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  const logout = useCallback(async () => {
    await api('POST', '/auth/logout');
    setSession({ kind: 'signedOut' });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { session, refresh, logout };
}
