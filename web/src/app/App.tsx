import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { CalculatorPage } from '../calculator/CalculatorPage.tsx';
import { loadMessages } from '../i18n/index.ts';
import { AnswersProvider } from '../state/AnswersProvider.tsx';
import { Header } from './Header.tsx';
import { usePath } from './router.tsx';

// Everything but the calculator is its own chunk: the calculator's first load carries none of it.
const PlannerPage = lazy(() => loadMessages().then(() => import('../planner/PlannerPage.tsx')));
const HukouPage = lazy(() => loadMessages().then(() => import('../hukou/HukouPage.tsx')));
const CatalogPage = lazy(() => loadMessages().then(() => import('../catalog/CatalogPage.tsx')));
const ReportPage = lazy(() => loadMessages().then(() => import('../report/ReportPage.tsx')));
const Workspace = lazy(() => loadMessages().then(() => import('../workspace/Workspace.tsx')));

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  return (
    <AnswersProvider>
      {/* A button, not <a href="#main">: the fragment holds the shareable answers and must not be replaced. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('nav.skip')}
      </button>
      <Header path={path} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <Route path={path} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.disclaimer')}</p>
      </footer>
    </AnswersProvider>
  );
}

function Route({ path }: { path: string }) {
  if (path === '/planner') return <PlannerPage />;
  if (path === '/hukou') return <HukouPage />;
  if (path === '/catalog') return <CatalogPage />;
  if (path === '/report') return <ReportPage />;
  if (path === '/cases' || path.startsWith('/cases/') || path === '/accept-invitation' || path === '/account')
    return <Workspace path={path} />;
  return <CalculatorPage />;
}
