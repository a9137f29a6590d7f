import { IconFolderQuestion } from '@tabler/icons-react';
import { NotFoundPanel } from './not-found-panel';

/**
 * Shown for a deal that does not exist or is not shared with the user: both read the same,
 * so that nobody learns whether someone else's deal exists.
 */
export function DealNotFound() {
  return (
    <NotFoundPanel
      testId="deal-not-found"
      icon={<IconFolderQuestion size={28} stroke={1.5} aria-hidden="true" />}
      title="Dossier introuvable"
      description="Ce dossier n’existe pas, ou il n’est pas partagé avec vous. Vérifiez le lien qui vous a été transmis."
    />
  );
}
