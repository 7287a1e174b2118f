import { createContext, type Dispatch, type ReactNode, type SetStateAction, useCallback, useContext, useEffect, useState } from 'react';
import { usePath } from '../app/router.tsx';
import { type Answers, emptyAnswers } from './answers.ts';
import { answersOnDevice, forgetOnDevice, keepOnDevice } from './device.ts';
import { answersParam, decodeAnswers, encodeAnswers } from './share.ts';

type RestoreState = 'none' | 'loading' | 'restored' | 'failed';

interface AnswersStore {
  answers: Answers;
  setAnswers: Dispatch<SetStateAction<Answers>>;
  restore: RestoreState;
  /** Removes the answers from this device (and the address bar) and empties the form. */
  clear: () => void;
}

const AnswersContext = createContext<AnswersStore | null>(null);

const EMPTY = JSON.stringify(emptyAnswers());
const CALCULATOR_PATHS = new Set(['/', '/planner', '/hukou', '/catalog', '/report']);

/**
 * The calculator's answers, kept on this device (localStorage) as they are typed and mirrored into the URL fragment
 * (#a=…) so the address bar is always a shareable link. A link's answers win over the device's. Nothing is sent to a
 * server.
 */
export function AnswersProvider({ children }: { children: ReactNode }) {
  const [answers, setAnswers] = useState<Answers>(() => (answersParam(location.hash) ? null : answersOnDevice()) ?? emptyAnswers());
  const [restore, setRestore] = useState<RestoreState>(() => (answersParam(location.hash) ? 'loading' : 'none'));
  const path = usePath();
  const clear = useCallback(() => {
    forgetOnDevice();
    setAnswers(emptyAnswers());
  }, []);

  // Kept at once, not after the fragment's pause: a tab closed right after typing loses nothing. An unreadable link
  // shows an empty form, which must not overwrite what this device kept until the user starts typing.
  useEffect(() => {
    if (restore === 'loading' || (restore === 'failed' && JSON.stringify(answers) === EMPTY)) return;
    keepOnDevice(answers);
  }, [answers, restore]);

  useEffect(() => {
    const encoded = answersParam(location.hash);
    if (!encoded) return;
    decodeAnswers(encoded).then(
      (a) => {
        setAnswers(a);
        setRestore('restored');
      },
      () => setRestore('failed'),
    );
  }, []);

  // Only the calculator's pages carry the answers; others (the workspace, #token=… links) keep their own fragment.
  // Re-run on navigation too, so coming back to the calculator puts the answers back in the address bar.
  useEffect(() => {
    if (restore === 'loading' || !CALCULATOR_PATHS.has(path)) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const encoded = JSON.stringify(answers) === EMPTY ? '' : await encodeAnswers(answers);
      const hash = encoded ? `#a=${encoded}` : '';
      if (cancelled || location.hash === hash) return;
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [answers, restore, path]);

  return <AnswersContext.Provider value={{ answers, setAnswers, restore, clear }}>{children}</AnswersContext.Provider>;
}

export function useAnswers(): AnswersStore {
  const store = useContext(AnswersContext);
  if (!store) throw new Error('useAnswers outside AnswersProvider');
  return store;
}
