import { type FocusEvent, useId } from 'react';
import type { Msg } from '../../../src/core/message.ts';
import { say } from '../i18n/index.ts';
import { passwordHint } from './auth-checks.ts';

/** What each kind of field is to the browser (its type and what its password manager may fill in) and its hint. */
const KINDS = {
  text: { type: 'text', autoComplete: 'off', name: undefined, hint: null },
  email: { type: 'email', autoComplete: 'username', name: 'email', hint: null },
  password: { type: 'password', autoComplete: 'current-password', name: undefined, hint: null },
  newPassword: { type: 'password', autoComplete: 'new-password', name: undefined, hint: passwordHint },
  confirmPassword: { type: 'password', autoComplete: 'new-password', name: undefined, hint: null },
} as const;

/**
 * A text, e-mail or password input with its label, hint and the problem the form found in it (shown once the
 * person has left the field or tried to send, see useChecks): `aria-invalid` and the message, tied to the input.
 */
export function CheckedInput({
  label,
  kind = 'text',
  autoComplete,
  value,
  onChange,
  onBlur,
  problem,
}: {
  label: string;
  kind?: keyof typeof KINDS;
  /** For a text field: what it holds (`name`, `organization`). */
  autoComplete?: string;
  value: string;
  onChange: (v: string) => void;
  onBlur: (e: FocusEvent) => void;
  problem: Msg | null;
}) {
  const id = useId();
  const { type, name, hint, ...k } = KINDS[kind];
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        autoComplete={autoComplete ?? k.autoComplete}
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {say(hint)}
        </span>
      ) : null}
      {problem ? (
        <span id={`${id}-problem`} className="field-problem">
          {say(problem)}
        </span>
      ) : null}
    </div>
  );
}
