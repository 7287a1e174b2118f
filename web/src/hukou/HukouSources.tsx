import type { HukouAssessment } from '../../../src/hukou/index.ts';
import { say } from '../i18n/index.ts';

/** The 居转户 sources behind a statement or a route, linked (`policy/hukou/sources.json`, carried by the answer). */
export function HukouSources({ answer, keys }: { answer: HukouAssessment; keys: readonly string[] }) {
  const sources = answer.sources.filter((s) => keys.includes(s.key));
  if (!sources.length) return null;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.key} className={`source source-${s.kind}`}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {say(s.title)}
            </a>
          ) : (
            <span>{say(s.title)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
