import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store';

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** Keys are 128 random bits in hex; anything else (a path, `..`) never reaches the file system. */
function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid blob key: ${key}`);
  return key;
}

/**
 * Blobs as files in one folder (`<dataDir>/blobs/ab/abcdef...`), two-character fan-out so no
 * directory grows past a few thousand entries. The folder is never served over HTTP.
 */
export function createLocalBlobStore(root: string): BlobStore {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const pathOf = (key: string) => path.join(root, checkKey(key).slice(0, 2), key);
  const newKey = () => randomBytes(16).toString('hex');

  async function prepare(): Promise<{ key: string; target: string }> {
    const key = newKey();
    const target = pathOf(key);
    await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    return { key, target };
  }

  return {
    async put(source) {
      const { key, target } = await prepare();
      const partial = `${target}.partial`;
      try {
        await pipeline(source, fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
        await fsp.rename(partial, target);
      } catch (error) {
        await fsp.rm(partial, { force: true });
        throw error;
      }
      const { size } = await fsp.stat(target);
      return { key, size };
    },
    async adoptFile(filePath) {
      const { key, target } = await prepare();
      try {
        await fsp.rename(filePath, target);
      } catch (error) {
        // Another device: copy, then remove the source.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await fsp.copyFile(filePath, target, fs.constants.COPYFILE_EXCL);
        await fsp.rm(filePath, { force: true });
      }
      const { size } = await fsp.stat(target);
      return { key, size };
    },
    openRead(key, range) {
      return fs.createReadStream(pathOf(key), range ? { start: range.start, end: range.end } : {});
    },
    async stat(key) {
      try {
        const stat = await fsp.stat(pathOf(key));
        return { size: stat.size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    localPath(key) {
      return pathOf(key);
    },
    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },
  };
}
