import { CURRENT_VERSION } from '@deedroom/shared';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { DownloadButton } from '../components/download-button';

interface ExportWordButtonProps {
  deedId: string;
  /** A version id; the text now when absent. */
  versionId?: string;
  size?: 'xs' | 'compact-xs';
}

/** « Exporter en Word »: the deed with its suggestions as tracked changes and its comments. */
export function ExportWordButton({ deedId, versionId, size = 'xs' }: ExportWordButtonProps) {
  return (
    <DownloadButton
      url={`/api/deeds/${encodeURIComponent(deedId)}/export/docx?version=${encodeURIComponent(versionId ?? CURRENT_VERSION)}`}
      fallbackName="acte.docx"
      label="Exporter en Word"
      hint="Document Word : suggestions en marques de révision, commentaires en marge"
      icon={<IconFileTypeDocx size={14} aria-hidden="true" />}
      testId={versionId ? 'version-export-word' : 'deed-export-word'}
      size={size}
    />
  );
}
