/**
 * The in-app path to open after login, from the `next` query parameter. Only same-origin
 * absolute paths are accepted ("//evil.example" or "https://..." fall back to the deal list).
 */
export function readSafeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}
