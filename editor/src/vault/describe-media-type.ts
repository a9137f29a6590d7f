import {
  IconFile,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconFileWord,
  IconPhoto,
  type TablerIcon,
} from '@tabler/icons-react';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Images every browser draws in an `<img>` (TIFF scans are downloaded instead). */
const PREVIEWABLE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** How the document detail shows a version: inline, as extracted text, or only as a download. */
export type PreviewKind = 'pdf' | 'image' | 'text' | 'none';

export function readPreviewKind(mediaType: string): PreviewKind {
  if (mediaType === 'application/pdf') return 'pdf';
  if (PREVIEWABLE_IMAGES.has(mediaType)) return 'image';
  if (mediaType === DOCX_MEDIA_TYPE) return 'text';
  return 'none';
}

/** The icon and short French name of a file type (« PDF », « Image », « Word »...). */
export function describeMediaType(mediaType: string): { icon: TablerIcon; label: string } {
  if (mediaType === 'application/pdf') return { icon: IconFileTypePdf, label: 'PDF' };
  if (mediaType.startsWith('image/')) return { icon: IconPhoto, label: 'Image' };
  if (mediaType === DOCX_MEDIA_TYPE || mediaType === 'application/msword') {
    return { icon: IconFileWord, label: 'Word' };
  }
  if (
    mediaType.includes('spreadsheet') ||
    mediaType === 'application/vnd.ms-excel' ||
    mediaType === 'text/csv'
  ) {
    return { icon: IconFileSpreadsheet, label: 'Tableur' };
  }
  return { icon: IconFile, label: 'Fichier' };
}
