import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogId, englishName, type SearchHit, search } from '../../../../src/catalog/index.ts';
import { loadMessages, say } from '../../i18n/index.ts';

/**
 * A searchable catalogue picker (ARIA 1.2 combobox with a listbox popup): type a name, an alias, pinyin or English,
 * move with ↑/↓, choose with Enter. Free text stays allowed — a name not on the catalogue is scored as such.
 */
export function CatalogCombobox({
  label,
  value,
  catalogs,
  date,
  onText,
  onPick,
}: {
  label: string;
  value: string;
  catalogs: readonly CatalogId[];
  date: string;
  onText: (text: string) => void;
  onPick: (hit: SearchHit) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // A hit says what it is worth in the catalogue's words, which are not bundled with the form.
  const [, setWords] = useState(false);
  useEffect(() => {
    void loadMessages().then(() => setWords(true));
  }, []);
  const scope = catalogs.join(',');
  const hits = useMemo<SearchHit[]>(
    () => (open ? search(value, { catalogs: scope.split(',') as CatalogId[], date, limit: 8 }).hits : []),
    [open, value, scope, date],
  );

  const choose = (hit: SearchHit) => {
    onPick(hit);
    setOpen(false);
  };
  const expanded = open && hits.length > 0;
  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        placeholder={t('certificate.searchPlaceholder')}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          onText(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(-1, a - 1));
          } else if (e.key === 'Enter' && expanded && active >= 0) {
            e.preventDefault();
            const hit = hits[active];
            if (hit) choose(hit);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <div id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
        {hits.map((h, i) => (
          // Keyboard selection is on the input (aria-activedescendant), as the combobox pattern prescribes.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
          <div
            key={h.entry.id}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(h)}
          >
            <span className="hit-name">{i18n.language === 'en' ? englishName(h.entry) : h.entry.name}</span>
            <span className="hit-meta">
              {t(`catalog.names.${h.catalog}`)} · {say(h.points.text, i18n.language)}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
