import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../state/answers.ts';
import { encodeAnswers } from '../state/share.ts';

/**
 * Copy a link that restores this form (answers in the #a= fragment, which browsers never send), or clear the answers
 * this device keeps, after a confirmation: they are the user's, and a stray tap must not lose them.
 */
export function ShareBar({ answers, onClear }: { answers: Answers; onClear: () => void }) {
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
  const clear = () => {
    if (!window.confirm(t('web-calculator:device.confirm'))) return;
    onClear();
    setMessage(t('web-calculator:device.cleared'));
  };
  return (
    <div className="share-bar">
      <button type="button" onClick={copy}>
        {t('share.copy')}
      </button>
      <button type="button" className="secondary" onClick={clear}>
        {t('web-calculator:device.clear')}
      </button>
      <span role="status" className="share-message">
        {message}
      </span>
      <p className="privacy-note" data-testid="device-note">
        {t('web-calculator:device.note')} {t('share.privacy')}
      </p>
    </div>
  );
}
