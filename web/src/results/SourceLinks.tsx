import { sources } from '../../../src/policy/index.ts';

/** Source keys of an item, linked to the pages policy/sources.json records for them. */
export function SourceLinks({ keys }: { keys: readonly string[] }) {
  return (
    <ul className="sources">
      {keys.map((key) => {
        const s = sources[key];
        const url = s?.urls[0];
        return (
          <li key={key}>
            <span className="source-key">[{key}]</span>{' '}
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {plainTitle(s.title ?? key)}
              </a>
            ) : (
              <span>{plainTitle(s?.title ?? key)}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Titles in sources.json carry Markdown emphasis (*…*); the page shows them plain. */
function plainTitle(title: string): string {
  return title.replace(/\*/g, '');
}
