import { CURRENT_VERSION, type DeedJsonNode, ORG_KIND_LABELS, type OrgKind } from '@deedroom/shared';
import type { PdfParty } from '../../export/deed-pdf-input';
import type { DeedVersionRecord } from '../../store/records';
import type { ServiceDeps } from '../deps';
import { findDeedVersion } from '../versions/find-deed-version';
import { readDeedContent } from '../versions/read-deed-content';

/** A text of a deed as the exports draw it: a saved version, or the text now. */
export interface ExportedText {
  version: DeedVersionRecord | null;
  content: DeedJsonNode;
  contentHash: string;
  /** « Version 3 – Envoyée à la banque » or « Texte en cours ». */
  label: string;
  /** The version's date, or now for the text now. */
  date: Date;
}

const PARTY_ORDER: readonly OrgKind[] = ['bank', 'developer', 'notary'];

/** Reads a version of the deed (404 when it is another deed's) or, for `current`, the live text. */
export async function readExportedText(
  deps: ServiceDeps,
  deedId: string,
  versionId: string,
): Promise<ExportedText> {
  if (versionId === CURRENT_VERSION) {
    const live = await readDeedContent(deps, deedId);
    return {
      version: null,
      content: live.content,
      contentHash: live.contentHash,
      label: 'Texte en cours',
      date: deps.clock.now(),
    };
  }
  const version = await findDeedVersion(deps, deedId, versionId);
  return {
    version,
    content: JSON.parse(version.contentJson) as DeedJsonNode,
    contentHash: version.contentHash,
    label: `Version ${version.number} – ${version.name}`,
    date: new Date(version.createdAt),
  };
}

/** The deal's parties for the cover page, banks first, then developers, then notaries. */
export async function loadPdfParties(deps: ServiceDeps, dealId: string): Promise<PdfParty[]> {
  const parties = await deps.stores.deals.listParties([dealId]);
  return [...parties]
    .sort(
      (a, b) =>
        PARTY_ORDER.indexOf(a.kind) - PARTY_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'fr'),
    )
    .map((p) => ({ name: p.name, role: ORG_KIND_LABELS[p.kind] }));
}

/** A file name for a download, without the characters file systems refuse. */
export function nameExportFile(...parts: string[]): string {
  return `${parts
    .join(' – ')
    .replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()}.pdf`;
}
