import path from 'node:path';

const BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
};

/**
 * Media type from a file's extension, for the command-line tools only: the vault sniffs the type
 * from content on upload and passes that to `analyzeDocument`.
 */
export function mediaTypeOf(filePath: string): string {
  return BY_EXTENSION[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
