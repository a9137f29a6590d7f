import { useDocumentTitle } from '@mantine/hooks';
import { IconMapOff } from '@tabler/icons-react';
import { NotFoundPanel } from '../components/not-found-panel';

/** Any address the app does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page introuvable · Deedroom');
  return (
    <NotFoundPanel
      testId="page-not-found"
      icon={<IconMapOff size={28} stroke={1.5} aria-hidden="true" />}
      title="Page introuvable"
      description="L’adresse demandée ne correspond à aucune page de Deedroom."
    />
  );
}
