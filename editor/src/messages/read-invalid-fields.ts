import type { ApiError } from '../api/api-error';

/** The top-level request fields a VALIDATION_FAILED answer names (`details.issues[].path`). */
export function readInvalidFields(error: ApiError): string[] {
  if (error.code !== 'VALIDATION_FAILED') return [];
  const { details } = error;
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const { issues } = details;
  if (!Array.isArray(issues)) return [];
  const fields = issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null || !('path' in issue)) return [];
    const { path } = issue;
    return typeof path === 'string' && path !== '' ? [path.split('.')[0] ?? path] : [];
  });
  return [...new Set(fields)];
}
