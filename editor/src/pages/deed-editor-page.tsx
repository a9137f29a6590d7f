import '@fontsource-variable/source-serif-4/wght.css';
import '@fontsource-variable/source-serif-4/wght-italic.css';
import '../deed-editor/deed-document.css';
import { Center, Loader } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useParams } from 'react-router';
import { LoadErrorAlert } from '../components/load-error-alert';
import { DeedUnavailable } from '../deed-editor/deed-unavailable';
import { DeedWorkspace } from '../deed-editor/deed-workspace';
import { useDeedAccess } from '../deed-editor/use-deed-access';

/** `/deals/:dealId/deeds/:deedId`: the real-time co-drafting editor of one deed. */
export function DeedEditorPage() {
  const { dealId = '', deedId = '' } = useParams();
  const access = useDeedAccess(deedId);
  useDocumentTitle(access.status === 'success' ? `${access.access.title} · Deedroom` : 'Acte · Deedroom');

  if (access.status === 'loading') {
    return (
      <Center py={96} role="status" aria-label="Chargement de l’acte">
        <Loader size="sm" />
      </Center>
    );
  }
  if (access.status === 'error') {
    if (access.error.code === 'NOT_FOUND') return <DeedUnavailable reason="not-found" />;
    return (
      <Center py={64} px="md">
        <LoadErrorAlert title="Impossible d’ouvrir cet acte" error={access.error} onRetry={access.reload} />
      </Center>
    );
  }
  // The canonical address names the deed's own deal.
  if (access.access.dealId !== dealId) {
    return (
      <Navigate
        to={`/deals/${encodeURIComponent(access.access.dealId)}/deeds/${encodeURIComponent(deedId)}`}
        replace
      />
    );
  }
  return <DeedWorkspace key={deedId} access={access.access} refreshAccess={access.refresh} />;
}
