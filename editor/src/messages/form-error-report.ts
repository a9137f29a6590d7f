/** How a refused form is explained: messages under the fields at fault, and/or one above the form. */
export interface FormErrorReport<Field extends string> {
  fieldErrors: Partial<Record<Field, string>>;
  formError: string | null;
}

/** Puts `message` under each named field of `fields` that the form knows (through `fieldNames`). */
export function reportInvalidFields<Field extends string>(
  invalidFields: readonly string[],
  fieldNames: Readonly<Record<string, Field>>,
  message: string,
): Partial<Record<Field, string>> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const name of invalidFields) {
    const field = fieldNames[name];
    if (field) fieldErrors[field] = message;
  }
  return fieldErrors;
}
