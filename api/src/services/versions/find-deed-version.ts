import { AppError } from '@deedroom/shared';
import type { DeedVersionRecord } from '../../store/records';
import type { ServiceDeps } from '../deps';

/** A version of this deed; another deed's version answers 404 like a missing one. */
export async function findDeedVersion(
  deps: ServiceDeps,
  deedId: string,
  versionId: string,
): Promise<DeedVersionRecord> {
  const version = await deps.stores.deedVersions.findById(versionId);
  if (!version || version.deedId !== deedId) throw new AppError('NOT_FOUND', 'Version introuvable.');
  return version;
}
