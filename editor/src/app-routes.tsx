import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { AppLayout } from './components/app-layout';
import { FullPageLoader } from './components/full-page-loader';
import { MyActionsPage } from './my-actions/my-actions-page';
import { AdminPage } from './pages/admin-page';
import { DealListPage } from './pages/deal-list-page';
import { DealPage } from './pages/deal-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { ServiceUnavailablePage } from './pages/service-unavailable-page';
import { readSafeNextPath } from './session/read-safe-next-path';
import { useSession } from './session/session-context';

/** The editor (Tiptap, Yjs) is loaded only when a deed is opened, keeping the rest of the app light. */
const DeedEditorPage = lazy(() =>
  import('./pages/deed-editor-page').then(({ DeedEditorPage }) => ({ default: DeedEditorPage })),
);

/** The redline page of two versions of a deed: loaded only when opened. */
const DeedComparePage = lazy(() =>
  import('./deed-versions/deed-compare-page').then(({ DeedComparePage }) => ({ default: DeedComparePage })),
);

/** Routes of the app; which ones exist depends on whether someone is signed in. */
export function AppRoutes() {
  const { state, reloadSession } = useSession();

  switch (state.status) {
    case 'loading':
      return <FullPageLoader label="Vérification de votre session…" />;
    case 'unavailable':
      return <ServiceUnavailablePage error={state.error} onRetry={reloadSession} />;
    case 'anonymous':
      return (
        <Routes>
          <Route path="/login" element={<LoginPage reason={state.reason} />} />
          <Route path="*" element={<RedirectToLogin keepDestination={state.reason !== 'logged-out'} />} />
        </Routes>
      );
    case 'authenticated':
      return (
        <Routes>
          <Route path="/login" element={<RedirectAfterLogin />} />
          <Route element={<AppLayout />}>
            <Route index element={<DealListPage />} />
            <Route path="deals" element={<Navigate to="/" replace />} />
            <Route path="actions" element={<MyActionsPage />} />
            {/* One route with an optional tab, so that switching tabs keeps the page (and its deal) mounted. */}
            <Route path="deals/:dealId/:tab?" element={<DealPage />} />
            <Route
              path="deals/:dealId/deeds/:deedId"
              element={
                <Suspense
                  fallback={
                    <Center py={96} role="status" aria-label="Chargement de l’éditeur">
                      <Loader size="sm" />
                    </Center>
                  }
                >
                  <DeedEditorPage />
                </Suspense>
              }
            />
            <Route
              path="deals/:dealId/deeds/:deedId/compare"
              element={
                <Suspense
                  fallback={
                    <Center py={96} role="status" aria-label="Chargement de la comparaison">
                      <Loader size="sm" />
                    </Center>
                  }
                >
                  <DeedComparePage />
                </Suspense>
              }
            />
            <Route path="administration" element={<AdminPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      );
  }
}

/** Sends an anonymous visitor to /login, remembering the page they asked for (not after a logout). */
function RedirectToLogin({ keepDestination }: { keepDestination: boolean }) {
  const location = useLocation();
  const destination = `${location.pathname}${location.search}`;
  const target =
    keepDestination && destination !== '/' ? `/login?next=${encodeURIComponent(destination)}` : '/login';
  return <Navigate to={target} replace />;
}

/** Once signed in, /login forwards to the page the user was heading to. */
function RedirectAfterLogin() {
  const [searchParams] = useSearchParams();
  return <Navigate to={readSafeNextPath(searchParams.get('next'))} replace />;
}
