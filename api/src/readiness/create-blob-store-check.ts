import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { BlobStore } from '../vault/blob-store';
import type { ReadinessCheck } from './readiness-check';

/**
 * The `blobs` check: writes a small probe blob, reads it back and deletes it, through the same
 * store the vault uses. On a cluster this is the shared folder (NFS): a stale or read-only mount
 * fails here rather than on someone's upload. A probe left behind by a crash is an orphan blob
 * (no row names it), which is harmless.
 *
 * @example
 * createBlobStoreCheck(deps.blobs)
 */
export function createBlobStoreCheck(blobs: BlobStore): ReadinessCheck {
  return {
    name: 'blobs',
    async run() {
      const probe = randomBytes(32);
      const { key } = await blobs.put(Readable.from([probe]));
      try {
        const readBack = await buffer(blobs.openRead(key));
        if (!readBack.equals(probe)) throw new Error('blob probe read back different bytes');
      } finally {
        await blobs.delete(key);
      }
    },
  };
}
