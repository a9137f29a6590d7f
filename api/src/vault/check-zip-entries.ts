import fsp from 'node:fs/promises';
import { AppError, LIMITS } from '@deedroom/shared';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
/** End-of-central-directory record (22 bytes) plus the longest comment. */
const EOCD_SEARCH_BYTES = 22 + 0xffff;
/** An entry larger than this must not expand more than {@link MAX_ENTRY_RATIO} times. */
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
const MAX_ENTRY_RATIO = 200;

function refuse(message: string, reason: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, { reason });
}

/**
 * Refuses a zip-based office file (DOCX, XLSX, ODT, ODS) whose central directory announces a
 * decompression bomb: too many entries, too many bytes once expanded, or an entry expanding far
 * beyond what documents do. Reads only the end of the file, never decompresses anything.
 * Sizes are the ones the archive declares: whoever decompresses it later must still cap output.
 */
export async function checkZipEntries(filePath: string, fileSize: number): Promise<void> {
  const file = await fsp.open(filePath, 'r');
  try {
    const tailLength = Math.min(fileSize, EOCD_SEARCH_BYTES);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, fileSize - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw refuse('Archive du document illisible.', 'zip_invalid');
    const entryCount = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw refuse('Archive ZIP64 refusée pour un document bureautique.', 'zip_bomb');
    }
    if (entryCount > LIMITS.vaultZipMaxEntries) {
      throw refuse(`Le document contient trop de parties (${entryCount}).`, 'zip_bomb');
    }
    if (directoryOffset + directorySize > fileSize || directorySize > 64 * 1024 * 1024) {
      throw refuse('Archive du document illisible.', 'zip_invalid');
    }
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    let at = 0;
    for (let n = 0; n < entryCount; n += 1) {
      if (at + 46 > directorySize || directory.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) {
        throw refuse('Archive du document illisible.', 'zip_invalid');
      }
      const compressed = directory.readUInt32LE(at + 20);
      const uncompressed = directory.readUInt32LE(at + 24);
      if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
        throw refuse('Archive ZIP64 refusée pour un document bureautique.', 'zip_bomb');
      }
      total += uncompressed;
      if (total > LIMITS.vaultZipMaxUncompressedBytes) {
        throw refuse('Le document décompressé serait démesuré (bombe de décompression).', 'zip_bomb');
      }
      if (uncompressed > RATIO_CHECK_FROM_BYTES && uncompressed > compressed * MAX_ENTRY_RATIO) {
        throw refuse('Le document se décompresse de façon anormale (bombe de décompression).', 'zip_bomb');
      }
      at +=
        46 +
        directory.readUInt16LE(at + 28) +
        directory.readUInt16LE(at + 30) +
        directory.readUInt16LE(at + 32);
    }
  } finally {
    await file.close();
  }
}
