import type { ApiError } from '../api/api-error';
import { describeApiError } from '../messages/describe-api-error';

function readFirstIssue(details: unknown): string | null {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return null;
  const issues = (details as { issues: unknown }).issues;
  if (!Array.isArray(issues)) return null;
  const first = issues[0] as { message?: unknown } | undefined;
  return typeof first?.message === 'string' ? first.message : null;
}

/** A French sentence saying what went wrong with a comment, and what to do about it. */
export function describeCommentError(error: ApiError): string {
  switch (error.code) {
    case 'VALIDATION_FAILED':
      return readFirstIssue(error.details) ?? 'Vérifiez le texte du commentaire puis réessayez.';
    case 'FORBIDDEN':
      return error.message || 'Votre rôle sur ce dossier ne permet pas cette action.';
    case 'NOT_FOUND':
      return 'Cette discussion n’existe plus ou ne vous est plus accessible. La liste va être rechargée.';
    case 'CONFLICT':
      return error.message;
    default:
      return describeApiError(error);
  }
}
