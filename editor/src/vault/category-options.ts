import { DOCUMENT_CATEGORIES, DOCUMENT_CATEGORY_LABELS, type DocumentCategory } from '@deedroom/shared';

/** The taxonomy as options of a Mantine `Select`, in the order of ../shared/DOMAIN.md. */
export const CATEGORY_OPTIONS = DOCUMENT_CATEGORIES.map((code) => ({
  value: code,
  label: DOCUMENT_CATEGORY_LABELS[code],
}));

export function isDocumentCategory(value: string | null): value is DocumentCategory {
  return value !== null && (DOCUMENT_CATEGORIES as readonly string[]).includes(value);
}
