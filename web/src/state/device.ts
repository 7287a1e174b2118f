import { type Answers, emptyAnswers } from './answers.ts';
import { answersFrom, storedAnswers } from './share.ts';

/**
 * The calculator's answers kept on this device (localStorage), so closing the tab loses nothing. They are never sent
 * anywhere; "clear my data" removes them. Storage may be off (private mode, a full quota): the form then simply
 * lasts as long as the tab.
 */
const KEY = 'hujifen.answers';
const EMPTY = storedAnswers(emptyAnswers());

export function answersOnDevice(): Answers | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? answersFrom(JSON.parse(stored)) : null;
  } catch {
    return null;
  }
}

/** Saves the answers; an empty form leaves nothing behind. */
export function keepOnDevice(a: Answers): void {
  try {
    const stored = storedAnswers(a);
    if (stored === EMPTY) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, stored);
  } catch {
    // Storage off or full: nothing to keep them in.
  }
}

export function forgetOnDevice(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage off: nothing was kept.
  }
}
