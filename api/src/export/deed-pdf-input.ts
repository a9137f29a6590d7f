/** A party to the deal, as the cover page lists it. */
export interface PdfParty {
  name: string;
  /** « Banque », « Promoteur », « Notaire » */
  role: string;
}

/** An annex of the deed, and the vault document it refers to when there is one. */
export interface PdfAnnex {
  /** As the deed's annex reference labels it: « 3 – Permis de construire ». */
  label: string;
  document: { title: string; fileName: string; sha256: string | null } | null;
}

/** What frames a deed's text in every exported PDF: cover, running header and footer. */
export interface DeedPdfFrame {
  dealName: string;
  deedTitle: string;
  /** « Version 3 – Envoyée à la banque » or « Texte en cours ». */
  versionLabel: string;
  /** SHA-256 (hex) of the text's canonical JSON. */
  contentHash: string;
  parties: readonly PdfParty[];
  /** The date the PDF states and carries as its creation date: the version's, for a version. */
  generatedAt: Date;
}
