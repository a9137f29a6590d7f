/** True when a form's validation found at least one field at fault. */
export function hasFieldErrors(errors: Readonly<Record<string, string | undefined>>): boolean {
  return Object.values(errors).some(Boolean);
}
