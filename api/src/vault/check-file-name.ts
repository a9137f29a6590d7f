import { AppError, LIMITS } from '@deedroom/shared';

/** C0 and C1 controls, DEL, and the Unicode bidi overrides that can disguise an extension. */
function hasForbiddenChar(name: string): boolean {
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/**
 * A file name as the client sent it is only ever shown and offered back on download; it never
 * names a file on disk. Still, names with path parts, controls or absurd lengths are refused.
 */
export function checkFileName(name: string | null | undefined): string {
  const trimmed = (name ?? '').normalize('NFC').trim();
  if (trimmed.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Le nom du fichier est vide.', { reason: 'empty_name' });
  }
  if (trimmed.length > LIMITS.vaultFileNameMaxLength) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Le nom du fichier dépasse ${LIMITS.vaultFileNameMaxLength} caractères.`,
      { reason: 'name_too_long' },
    );
  }
  if (/[/\\]/.test(trimmed) || trimmed === '.' || trimmed === '..') {
    throw new AppError('VALIDATION_FAILED', 'Le nom du fichier ne peut pas contenir de chemin.', {
      reason: 'path_in_name',
    });
  }
  if (hasForbiddenChar(name ?? '')) {
    throw new AppError('VALIDATION_FAILED', 'Le nom du fichier contient des caractères de contrôle.', {
      reason: 'control_characters',
    });
  }
  return trimmed;
}
