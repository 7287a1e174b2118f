import { type FocusEvent, useId } from 'react';
import type { Msg } from '../../../src/core/message.ts';
import { say } from '../i18n/index.ts';

/**
 * A text, e-mail or password input with its label, hint and the problem the form found in it (shown once the
 * person has left the field or tried to send): `aria-invalid` and the message, tied to the input for screen readers.
 */
export function CheckedInput({
  label,
  type = 'text',
  value,
  onChange,
  onBlur,
  autoComplete,
  name,
  hint,
  problem,
}: {
  label: string;
  type?: 'text' | 'email' | 'password';
  value: string;
  onChange: (v: string) => void;
  onBlur?: (e: FocusEvent) => void;
  autoComplete: string;
  name?: string;
  hint?: string;
  problem?: Msg | null;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        autoComplete={autoComplete}
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
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
