import { fileTypeFromFile } from 'file-type';
import { mediaTypeOf } from './corpus-generator/media-type-of';

/**
 * Media type from the file's first bytes (file-type), as the vault does on upload; text formats
 * have no signature, so those fall back to the extension.
 */
export async function sniffMediaType(filePath: string): Promise<string> {
  const sniffed = await fileTypeFromFile(filePath);
  return sniffed?.mime ?? mediaTypeOf(filePath);
}
