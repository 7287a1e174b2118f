import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';
import { when } from './when.ts';

/** A note as GET /cases/{id}/notes answers (the Note schema of the API). */
interface Note {
  id: string;
  authorId: string;
  authorName: string | null;
  body: string;
  createdAt: string;
}

/** The case's notes, newest first, with their author and time; staff and owners add one. */
export function CaseNotes({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useAsync(() => api<Page<Note>>('GET', `/cases/${caseId}/notes?limit=100`), caseId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api('POST', `/cases/${caseId}/notes`, { body });
      setBody('');
      reload();
    } catch (err) {
      // The text stays in the box: nothing typed is lost when the save fails.
      setError(err);
    }
  };
  return (
    <section className="case-notes" aria-labelledby="notes-h">
      <h2 id="notes-h">{t('web-records:notes.title')}</h2>
      {canEdit ? (
        <form className="card-form" onSubmit={add} aria-label={t('web-records:notes.add')}>
          <label htmlFor="note-body">{t('web-records:notes.body')}</label>
          <textarea id="note-body" value={body} maxLength={5000} rows={3} onChange={(e) => setBody(e.target.value)} required />
          <ErrorMessage error={error} />
          <div className="button-row">
            <button type="submit" disabled={!body.trim()}>
              {t('web-records:notes.add')}
            </button>
          </div>
        </form>
      ) : null}
      {state.kind === 'loading' ? <p className="loading">{t('common.loading')}</p> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.message} /> : null}
      {state.kind === 'ok' && !state.value.items.length ? <p className="field-hint">{t('web-records:notes.none')}</p> : null}
      {state.kind === 'ok' && state.value.items.length ? (
        <ol className="notes-list">
          {state.value.items.map((n) => (
            <li key={n.id} data-note={n.id}>
              <p className="note-meta">
                {t('web-records:notes.meta', {
                  author: n.authorName ?? t('web-records:notes.token'),
                  at: when(n.createdAt, i18n.language),
                })}
              </p>
              <p className="note-body">{n.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
