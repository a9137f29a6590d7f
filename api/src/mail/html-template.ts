/**
 * HTML that is safe to insert as is: either literal markup from this code base or text that has
 * been escaped. User text (deal names, titles) only ever reaches an e-mail through `html`.
 */
export class SafeHtml {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

/** What may be interpolated in `html`: text is escaped, SafeHtml is kept, arrays are joined. */
export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[];

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element body or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Tagged template that escapes every interpolated value unless it is already SafeHtml.
 *
 * @example html`<p>${dealName}</p>` // « <script> » becomes « &lt;script&gt; »
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += renderHtmlValue(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(markup);
}

function renderHtmlValue(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(renderHtmlValue).join('');
  return escapeHtml(String(value));
}

/**
 * Checks that a link target is an absolute http(s) URL before it goes into an `href`: escaping
 * stops attribute break-outs, this stops `javascript:` and friends. Throws otherwise.
 */
export function requireWebUrl(url: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : null;
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new RangeError(`Refusing to link to "${url}" in an e-mail (expected an http(s) URL)`);
  }
  return url;
}
