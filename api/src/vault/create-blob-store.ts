import path from 'node:path';
import type { BlobStore } from './blob-store';
import { createLocalBlobStore } from './local-blob-store';

export interface BlobStoreOptions {
  dataDir: string;
}

/** Chooses the blob store; only the local folder (`<dataDir>/blobs`) exists so far. */
export function createBlobStore(options: BlobStoreOptions): BlobStore {
  return createLocalBlobStore(path.join(options.dataDir, 'blobs'));
}
