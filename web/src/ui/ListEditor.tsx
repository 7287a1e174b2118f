import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblemList } from './field-issues.tsx';

/** A list of records the user can add to and remove from (education, certificates, periods, awards, records). */
export function ListEditor<T>({
  items,
  onChange,
  create,
  render,
  addLabel,
  itemLabel,
  max = 20,
  path,
}: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  create: () => T;
  render: (item: T, update: (next: T) => void, index: number) => ReactNode;
  addLabel: string;
  itemLabel: (index: number) => string;
  max?: number;
  /** The list's key in the applicant (`certificates`): each record shows the problems of its own answers. */
  path?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="list-editor">
      {items.map((item, i) => (
        // Records have no id of their own; the position is their identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional records
        <fieldset key={i} className="list-item">
          <legend className="list-item-title">{itemLabel(i)}</legend>
          <button type="button" className="link-button list-item-remove" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {t('common.remove')}
            <span className="sr-only"> {itemLabel(i)}</span>
          </button>
          {path ? <FieldProblemList at={[`${path}[${i}]`]} /> : null}
          {render(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i)}
        </fieldset>
      ))}
      {items.length < max ? (
        <button type="button" className="add-button" onClick={() => onChange([...items, create()])}>
          + {addLabel}
        </button>
      ) : null}
    </div>
  );
}
