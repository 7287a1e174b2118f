import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A path router in a few lines: the pages are few, and the fragment is reserved for the shareable answers
 * (#a=…), so routes live in the path. Links between calculator pages carry the fragment along.
 */
const NAVIGATE = 'hujifen:navigate';

/** Path changes: the app's own (`navigate`) and the browser's back and forward buttons (once the guard lets them). */
function subscribe(notify: () => void): () => void {
  window.addEventListener(NAVIGATE, notify);
  return () => window.removeEventListener(NAVIGATE, notify);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/**
 * A page holding unsaved work asks before the app leaves it: `navigate` (every Link) and the browser's back and
 * forward buttons consult the guard; `guardLeaving` returns its remover. The browser's own unload is the page's
 * `beforeunload`.
 */
let leaveGuard: { mayLeave: () => boolean; url: string } | null = null;

export function guardLeaving(mayLeave: () => boolean): () => void {
  const guard = { mayLeave, url: location.pathname + location.search + location.hash };
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

// One listener for the whole app, so the guard asks once, before any page hears of the change: a refused back or
// forward step puts the page's address back and nothing renders.
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    if (leaveGuard && !leaveGuard.mayLeave()) history.pushState(null, '', leaveGuard.url);
    else window.dispatchEvent(new Event(NAVIGATE));
  });
}

export function navigate(to: string, { keepHash = false, replace = false } = {}): void {
  if (leaveGuard && !leaveGuard.mayLeave()) return;
  const url = keepHash ? `${to}${location.hash}` : to;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE));
  window.scrollTo(0, 0);
}

export function Link({
  to,
  keepHash = false,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; keepHash?: boolean }) {
  const href = keepHash ? `${to}${location.hash}` : to;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to, { keepHash });
      }}
    />
  );
}
