import { useTranslation } from 'react-i18next';
import { type Lang, switchLang } from '../i18n/index.ts';
import { Link } from './router.tsx';

const NAV: { to: string; key: string; keepHash: boolean }[] = [
  { to: '/', key: 'nav.calculator', keepHash: true },
  { to: '/planner', key: 'nav.planner', keepHash: true },
  { to: '/hukou', key: 'web-hukou:nav', keepHash: true },
  { to: '/catalog', key: 'nav.catalog', keepHash: true },
  { to: '/report', key: 'nav.report', keepHash: true },
  { to: '/cases', key: 'nav.cases', keepHash: false },
];

/** Site header: the pages, and the language switch (Chinese first; the choice is remembered). */
export function Header({ path }: { path: string }) {
  const { t, i18n } = useTranslation();
  const other: Lang = i18n.language === 'en' ? 'zh' : 'en';
  const current = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));
  return (
    <header className="site-header">
      <Link to="/" keepHash className="brand">
        {t('app.name')}
        <span className="brand-sub">{t('app.tagline')}</span>
      </Link>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV.map((n) => (
            <li key={n.to}>
              <Link to={n.to} keepHash={n.keepHash} aria-current={current(n.to) ? 'page' : undefined}>
                {t(n.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <button
        type="button"
        className="lang-switch"
        lang={other === 'en' ? 'en' : undefined}
        onClick={() => {
          void switchLang(other);
        }}
      >
        {t(`web-calculator:lang.${other}`)}
      </button>
    </header>
  );
}
