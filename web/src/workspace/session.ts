import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, hasSessionCookie, type Me } from './api.ts';

export type SessionState = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'signedIn'; me: Me } | { kind: 'error'; message: string };

/**
 * Who is signed in (GET /auth/me); `refresh` after login, signup or accepting an invitation. Without the session's
 * readable `csrf` cookie nobody is signed in, and the question is not asked: a signed-out visit makes no request
 * that the browser would report as a failed one (a 401).
 */
export function useSession(): { session: SessionState; refresh: () => Promise<void>; logout: () => Promise<void> } {
  const [session, setSession] = useState<SessionState>({ kind: 'loading' });
  const refresh = useCallback(async () => {
    if (!hasSessionCookie()) {
      setSession({ kind: 'signedOut' });
      return;
    }
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
