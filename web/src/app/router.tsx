import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A path router in a few lines: the pages are few, and the fragment is reserved for the shareable answers
 * (#a=…), so routes live in the path. Links between calculator pages carry the fragment along.
 */
const NAVIGATE = 'hujifen:navigate';

function subscribe(notify: () => void): () => void {
  window.addEventListener('popstate', notify);
  window.addEventListener(NAVIGATE, notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener(NAVIGATE, notify);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/**
 * A page holding unsaved work asks before the app leaves it: `navigate` (every Link) and the browser's back and
 * forward buttons consult the guard; `guardLeaving` returns its remover. The browser's own unload is the page's
 * `beforeunload`.
 */
let leaveGuard: (() => boolean) | null = null;

export function guardLeaving(mayLeave: () => boolean): () => void {
  leaveGuard = mayLeave;
  const shown = location.pathname + location.search + location.hash;
  // A refused back or forward step puts the page's address back before React renders (it renders after this event).
  const onPop = () => {
    if (leaveGuard?.() === false) history.pushState(null, '', shown);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    window.removeEventListener('popstate', onPop);
    if (leaveGuard === mayLeave) leaveGuard = null;
  };
}

export function navigate(to: string, { keepHash = false, replace = false } = {}): void {
  if (leaveGuard?.() === false) return;
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
