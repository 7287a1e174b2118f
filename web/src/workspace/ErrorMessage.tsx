import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';

/** A server problem in the UI language (the API answers in the Accept-Language the client sends). */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <div className="notice notice-bad" role="alert">
      {message}
      {fields.length ? (
        <ul>
          {fields.map((f) => (
            <li key={`${f.field}${f.message}`}>{t('engine:join.labelled', { label: f.field, value: f.message })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
