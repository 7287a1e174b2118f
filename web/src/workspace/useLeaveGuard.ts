import { useEffect, useRef } from 'react';
import { guardLeaving } from '../app/router.tsx';

/**
 * While `unsaved`, leaving asks first: the app's own navigation with `question` (a confirm dialog), closing or
 * reloading the tab with the browser's own prompt (browsers show their own words for it, not ours). The returned
 * `letGo` lets the page leave without asking once its work is saved, before its next render drops the guard.
 */
export function useLeaveGuard(unsaved: boolean, question: string): () => void {
  const saved = useRef(false);
  useEffect(() => {
    saved.current = false;
    if (!unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers ask only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const unguard = guardLeaving(() => saved.current || window.confirm(question));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unguard();
    };
  }, [unsaved, question]);
  return () => {
    saved.current = true;
  };
}
