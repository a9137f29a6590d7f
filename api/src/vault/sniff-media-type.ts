import fsp from 'node:fs/promises';
import { AppError } from '@deedroom/shared';
import { fileTypeFromFile } from 'file-type';
import { checkZipEntries } from './check-zip-entries';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

/** What the vault accepts, by the type read from the bytes. */
const ALLOWED = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'image/webp',
  DOCX,
  XLSX,
  ODT,
  ODS,
]);
const ZIP_BASED = new Set([DOCX, XLSX, ODT, ODS]);

const EXECUTABLES = new Set([
  'application/x-msdownload',
  'application/vnd.microsoft.portable-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-executable',
  'application/x-sharedlib',
  'application/x-msi',
  'application/x-ms-installer',
  'application/x-dex',
  'application/wasm',
  'application/java-archive',
  'application/x-apple-diskimage',
  'application/vnd.debian.binary-package',
  'application/x-rpm',
]);

const TEXT_SNIFF_BYTES = 64 * 1024;

/** Plain text: valid UTF-8 (or a single-byte encoding), no NUL or other control characters. */
async function isPlainText(filePath: string, size: number): Promise<boolean> {
  const file = await fsp.open(filePath, 'r');
  try {
    const length = Math.min(size, TEXT_SNIFF_BYTES);
    const head = Buffer.alloc(length);
    await file.read(head, 0, length, 0);
    if (head.subarray(0, 2).toString('latin1') === '#!') return false;
    for (const byte of head) {
      const isControl = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
      if (isControl || byte === 0x7f) return false;
    }
    return true;
  } finally {
    await file.close();
  }
}

/**
 * The media type read from the file's content (the client's name and type are never trusted),
 * or an `UNSUPPORTED_MEDIA_TYPE` refusal: executables, anything outside the allow-list, and
 * office files that are decompression bombs.
 */
export async function sniffMediaType(filePath: string, size: number, fileName: string): Promise<string> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) {
    if (EXECUTABLES.has(detected.mime)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Les fichiers exécutables sont refusés.', {
        reason: 'executable',
        detected: detected.mime,
      });
    }
    if (!ALLOWED.has(detected.mime)) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Type de fichier non accepté : PDF, images, documents Word, Excel, OpenDocument, texte ou CSV.',
        { reason: 'not_allowed', detected: detected.mime },
      );
    }
    if (ZIP_BASED.has(detected.mime)) await checkZipEntries(filePath, size);
    return detected.mime;
  }
  if (await isPlainText(filePath, size)) {
    return fileName.toLowerCase().endsWith('.csv') ? 'text/csv' : 'text/plain';
  }
  throw new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Type de fichier non reconnu : PDF, images, documents Word, Excel, OpenDocument, texte ou CSV.',
    { reason: 'not_allowed' },
  );
}
