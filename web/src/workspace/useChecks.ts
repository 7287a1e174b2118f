import { type FocusEvent, type FormEvent, useState } from 'react';
import type { Msg } from '../../../src/core/message.ts';

/**
 * A form's own checks, shown field by field once the person has left a field (not while typing its first
 * letters) and all at once on sending; `ready` refuses to send while any remains and moves to the first.
 */
export function useChecks<F extends string>(problems: Record<F, Msg | null>) {
  const [touched, setTouched] = useState<ReadonlySet<F> | 'all'>(new Set<F>());
  // Not when the focus goes to the send button: the message would push the button away from under the pointer
  // between its press and its release, and the click would be lost; sending shows every message anyway.
  const leave = (name: F) => (e: FocusEvent) => {
    if (e.relatedTarget instanceof HTMLButtonElement && e.relatedTarget.type === 'submit') return;
    setTouched((was) => (was === 'all' ? was : new Set(was).add(name)));
  };
  /** A field's problem, when it is to be shown, and the handler that notes the field was left: spread on CheckedInput. */
  const field = (name: F) => ({ problem: touched === 'all' || touched.has(name) ? problems[name] : null, onBlur: leave(name) });
  const ready = (e: FormEvent<HTMLFormElement>): boolean => {
    setTouched('all');
    if (Object.values<Msg | null>(problems).every((p) => p === null)) return true;
    const form = e.currentTarget;
    requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
    return false;
  };
  /** After a successful send that empties the form: nothing to point at until the person edits again. */
  const reset = () => setTouched(new Set<F>());
  return { field, ready, reset };
}
