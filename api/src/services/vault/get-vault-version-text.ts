import type { VaultVersionText } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { findVaultVersion } from './find-vault-version';

/** The text extracted by the analysis (the DOCX preview and search read it). */
export async function getVaultVersionText(
  deps: ServiceDeps,
  actor: Actor,
  documentId: string,
  versionId: string,
): Promise<VaultVersionText> {
  const { version } = await findVaultVersion(deps, actor, documentId, versionId);
  return { text: await deps.stores.vault.readText(version.id), analysisStatus: version.analysisStatus };
}
