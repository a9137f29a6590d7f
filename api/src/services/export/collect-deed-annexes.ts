import type { DeedJsonNode } from '@deedroom/shared';
import type { PdfAnnex } from '../../export/deed-pdf-input';
import type { ServiceDeps } from '../deps';
import { isVisibleTo } from '../vault/require-vault-document';

interface AnnexReference {
  annexId: string;
  label: string;
}

function findAnnexReferences(node: DeedJsonNode, found: Map<string, AnnexReference>): void {
  if (node.type === 'annexReference') {
    const annexId = String(node.attrs?.annexId ?? '');
    if (annexId && !found.has(annexId))
      found.set(annexId, { annexId, label: String(node.attrs?.label ?? '') });
  }
  for (const child of node.content ?? []) findAnnexReferences(child, found);
}

/**
 * The annexes a deed's text refers to, in label order (« 2 » before « 10 »), each with the vault
 * document it names when that document is on the deal and the reader may see it: title, file
 * name and SHA-256 of its current version. A walled or missing document is listed without one.
 */
export async function collectDeedAnnexes(
  deps: ServiceDeps,
  dealId: string,
  readerOrgId: string,
  content: DeedJsonNode,
): Promise<PdfAnnex[]> {
  const references = new Map<string, AnnexReference>();
  findAnnexReferences(content, references);
  const annexes = await Promise.all(
    [...references.values()].map(async (ref): Promise<PdfAnnex> => {
      const document = await deps.stores.vault.findDocument(ref.annexId);
      if (!document || document.dealId !== dealId || !isVisibleTo(document, readerOrgId)) {
        return { label: ref.label, document: null };
      }
      const version = await deps.stores.vault.findVersion(document.currentVersionId);
      return {
        label: ref.label,
        document: {
          title: document.title,
          fileName: version?.originalName ?? '',
          sha256: version?.sha256 ?? null,
        },
      };
    }),
  );
  return annexes.sort((a, b) => a.label.localeCompare(b.label, 'fr', { numeric: true }));
}
