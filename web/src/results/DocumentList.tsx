import { useTranslation } from 'react-i18next';
import type { DocumentRef } from '../../../src/engine/types.ts';
import { say } from '../i18n/index.ts';

/** The documents the counted items need: a read-only checklist (the workspace keeps ticks per case). */
export function DocumentList({ documents }: { documents: readonly DocumentRef[] }) {
  const { i18n } = useTranslation();
  return (
    <ul className="documents">
      {documents.map((d) => (
        <li key={d.id} data-document={d.id}>
          <span aria-hidden="true">☐ </span>
          {say(d, i18n.language)}
        </li>
      ))}
    </ul>
  );
}
