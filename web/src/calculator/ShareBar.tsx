import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Answers, emptyAnswers } from '../state/answers.ts';
import { encodeAnswers } from '../state/share.ts';

/** Copy a link that restores this form (answers in the #a= fragment, which browsers never send), or start over. */
export function ShareBar({ answers, onReset }: { answers: Answers; onReset: (a: Answers) => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const copy = async () => {
    const url = `${location.origin}${location.pathname}#a=${await encodeAnswers(answers)}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('share.copied'));
    } catch {
      // Clipboard refused (permissions, insecure origin): the link is in the address bar anyway.
      setMessage(t('share.inAddressBar'));
    }
  };
  return (
    <div className="share-bar">
      <button type="button" onClick={copy}>
        {t('share.copy')}
      </button>
      <button type="button" className="secondary" onClick={() => onReset(emptyAnswers())}>
        {t('share.reset')}
      </button>
      <span role="status" className="share-message">
        {message}
      </span>
      <p className="privacy-note">{t('share.privacy')}</p>
    </div>
  );
}
