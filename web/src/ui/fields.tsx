import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Small labelled form controls. Every control has a visible <label> (or <legend>), and a reason when it is
 * disabled, linked with aria-describedby so screen readers read why an option cannot apply.
 */

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode | undefined;
  disabledReason?: string | undefined;
  className?: string | undefined;
}

function Describe({ id, hint, reason }: { id: string; hint?: ReactNode | undefined; reason?: string | undefined }) {
  if (!hint && !reason) return null;
  return (
    <span id={id} className="field-hint">
      {reason ? <span className="disabled-reason">{reason}</span> : hint}
    </span>
  );
}

export function TextField({
  label,
  hint,
  disabledReason,
  className,
  value,
  onChange,
  ...rest
}: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'date' | 'month' | 'search';
  placeholder?: string;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  name?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const described = hint || disabledReason ? hintId : undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={rest.type ?? 'text'}
        name={rest.name}
        value={value}
        placeholder={rest.placeholder}
        required={rest.required}
        maxLength={rest.maxLength}
        autoComplete={rest.autoComplete ?? 'off'}
        disabled={Boolean(disabledReason)}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      <Describe id={hintId} hint={hint} reason={disabledReason} />
    </div>
  );
}

/** A number input that keeps what is being typed ("3." on the way to "3.5") while reporting numbers. */
export function NumberField({
  label,
  hint,
  disabledReason,
  className,
  value,
  onChange,
  min,
  max,
  step,
  unit,
  name,
}: FieldProps & {
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  name?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((s) => (parseNumber(s) === value ? s : value === undefined ? '' : String(value)));
  }, [value]);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {unit ? <span className="unit">{t('web-calculator:unit', { unit })}</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={step !== undefined && step < 1 ? 'decimal' : 'numeric'}
        value={text}
        disabled={Boolean(disabledReason)}
        aria-describedby={hint || disabledReason ? hintId : undefined}
        aria-invalid={text !== '' && (parseNumber(text) === undefined || outOfRange(parseNumber(text), min, max))}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseNumber(e.target.value);
          if (e.target.value.trim() === '') onChange(undefined);
          else if (n !== undefined && !outOfRange(n, min, max)) onChange(n);
        }}
      />
      <Describe id={hintId} hint={hint} reason={disabledReason} />
    </div>
  );
}

function parseNumber(t: string): number | undefined {
  // \uFF0C: the full-width comma a Chinese keyboard types (12，000).
  const clean = t.replace(/[,\uFF0C\s]/g, '');
  if (!/^-?\d*\.?\d+$|^-?\d+\.?$/.test(clean)) return undefined;
  return Number(clean);
}

function outOfRange(n: number | undefined, min?: number, max?: number): boolean {
  return n === undefined || (min !== undefined && n < min) || (max !== undefined && n > max);
}

export function CheckboxField({
  label,
  hint,
  disabledReason,
  className,
  checked,
  onChange,
}: FieldProps & {
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field field-check ${className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={Boolean(disabledReason)}
        aria-describedby={hint || disabledReason ? hintId : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <Describe id={hintId} hint={hint} reason={disabledReason} />
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
  /** Why this option cannot apply (shown in the option and disables it). */
  disabledReason?: string | undefined;
}

export function SelectField<T extends string>({
  label,
  hint,
  disabledReason,
  className,
  value,
  options,
  onChange,
}: FieldProps & {
  value: T;
  options: Option<T>[];
  onChange: (v: T) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={Boolean(disabledReason)}
        aria-describedby={hint || disabledReason ? hintId : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={Boolean(o.disabledReason)}>
            {o.disabledReason ? `${o.label} — ${o.disabledReason}` : o.label}
          </option>
        ))}
      </select>
      <Describe id={hintId} hint={hint} reason={disabledReason} />
    </div>
  );
}

/**
 * Yes / no / not sure, for facts only the applicant can confirm (post match, appointment).
 * "Not sure" leaves the fact out, so the engine reports the condition as "to confirm".
 */
export function TriStateField({
  label,
  hint,
  className,
  value,
  onChange,
}: FieldProps & {
  value: boolean | undefined;
  onChange: (v: boolean | undefined) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const choices: [string, boolean | undefined][] = [
    [t('common.yes'), true],
    [t('common.no'), false],
    [t('common.unsure'), undefined],
  ];
  return (
    <fieldset className={`field field-tri ${className ?? ''}`}>
      <legend>{label}</legend>
      <div className="tri-options">
        {choices.map(([text, v]) => (
          <label key={text}>
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
            {text}
          </label>
        ))}
      </div>
      {hint ? <span className="field-hint">{hint}</span> : null}
    </fieldset>
  );
}
