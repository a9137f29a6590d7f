import { InternalBadge } from '../components/internal-badge';

/** « Interne · Banque Horizon »: only the uploading organisation sees the document. */
export function InternalDocumentBadge({ orgName }: { orgName: string }) {
  return (
    <InternalBadge
      label={`Interne · ${orgName}`}
      tooltip={`Visible uniquement par ${orgName}`}
      testId="vault-internal-badge"
    />
  );
}
