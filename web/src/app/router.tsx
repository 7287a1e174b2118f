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

export function navigate(to: string, { keepHash = false, replace = false } = {}): void {
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
