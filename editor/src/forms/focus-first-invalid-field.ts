/** Moves the keyboard focus to the first field flagged invalid, once React has shown the errors. */
export function focusFirstInvalidField(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
