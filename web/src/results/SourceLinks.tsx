import { useTranslation } from 'react-i18next';
import { describeSources } from '../../../src/policy/sources.ts';
import { say } from '../i18n/index.ts';

/** Source keys of an item as users can weigh them: the kind first, official texts first, with the link. */
export function SourceLinks({ keys }: { keys: readonly string[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="sources">
      {describeSources(keys).map((s) => (
        <li key={s.key} className={`source source-${s.kind}`}>
          <span className="source-kind">{say(s.kindLabel, lang)}</span>{' '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {say(s.title, lang)}
            </a>
          ) : (
            <span>{say(s.title, lang)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
