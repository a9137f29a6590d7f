import { CURRENT_VERSION } from '@deedroom/shared';
import { IconFileTypePdf } from '@tabler/icons-react';
import { DownloadButton } from '../components/download-button';

interface ExportPdfButtonProps {
  deedId: string;
  /** A version id; the text now when absent. */
  versionId?: string;
  size?: 'xs' | 'compact-xs';
}

/** « Exporter en PDF »: cover, table of contents, numbered articles, annexes, the content hash in the footer. */
export function ExportPdfButton({ deedId, versionId, size = 'xs' }: ExportPdfButtonProps) {
  return (
    <DownloadButton
      url={`/api/deeds/${encodeURIComponent(deedId)}/export/pdf?version=${encodeURIComponent(versionId ?? CURRENT_VERSION)}`}
      fallbackName="acte.pdf"
      label="Exporter en PDF"
      hint="PDF paginé : page de garde, sommaire, articles numérotés, annexes et empreinte du texte"
      icon={<IconFileTypePdf size={14} aria-hidden="true" />}
      testId={versionId ? 'version-export-pdf' : 'deed-export-pdf'}
      size={size}
    />
  );
}
