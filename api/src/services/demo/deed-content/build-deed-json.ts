/**
 * Tiny typed builders for deed content as ProseMirror JSON (the deed schema of @deedroom/shared),
 * plus the French number formats the demo deeds quote.
 */

export type JsonNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: Array<{ type: string }>;
};

export type MarkName = 'bold' | 'italic' | 'underline' | 'definedTerm';

/** What inline builders accept: a plain string, an inline node, or a run of them. */
export type Inline = string | JsonNode | Inline[];

/** A table cell: inline content, laid out as one paragraph. */
export type Cell = Inline;

/** Non-breaking space, used inside French quotation marks. */
export const NBSP = '\u00a0';

function withContent(type: string, content: JsonNode[]): JsonNode {
  return content.length > 0 ? { type, content } : { type };
}

/** Flattens inline input to text and inline nodes; empty strings are dropped (ProseMirror rejects them). */
export function inlines(...input: Inline[]): JsonNode[] {
  return input.flatMap((item): JsonNode[] => {
    if (Array.isArray(item)) return inlines(...item);
    if (typeof item === 'string') return item === '' ? [] : [text(item)];
    return [item];
  });
}

export function text(value: string, ...marks: MarkName[]): JsonNode {
  return marks.length > 0
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };
}

export function bold(value: string): JsonNode {
  return text(value, 'bold');
}

export function italic(value: string): JsonNode {
  return text(value, 'italic');
}

/** A defined term ("Prêteur"), marked so the editor can highlight and index it. */
export function term(value: string): JsonNode {
  return text(value, 'definedTerm');
}

/** A term defined in place: `defines('le ', 'Prêteur')` gives "le « Prêteur »". */
export function defines(article: string, value: string): JsonNode[] {
  return inlines(`${article}«${NBSP}`, term(value), `${NBSP}»`);
}

export function p(...content: Inline[]): JsonNode {
  return withContent('paragraph', inlines(...content));
}

export function heading(level: 1 | 2, ...content: Inline[]): JsonNode {
  return { type: 'heading', attrs: { level }, content: inlines(...content) };
}

/** A numbered article; numbering is automatic, so the title carries no number. */
export function article(title: string, ...blocks: JsonNode[]): JsonNode {
  return { type: 'article', content: [{ type: 'articleTitle', content: inlines(title) }, ...blocks] };
}

function listItem(item: Inline): JsonNode {
  return { type: 'listItem', content: [p(item)] };
}

export function bulletList(...items: Inline[]): JsonNode {
  return { type: 'bulletList', content: items.map(listItem) };
}

export function orderedList(...items: Inline[]): JsonNode {
  return { type: 'orderedList', content: items.map(listItem) };
}

function row(cellType: 'tableHeader' | 'tableCell', cells: Cell[]): JsonNode {
  return { type: 'tableRow', content: cells.map((cell) => ({ type: cellType, content: [p(cell)] })) };
}

export function table(headerRow: Cell[], ...rows: Cell[][]): JsonNode {
  return {
    type: 'table',
    content: [row('tableHeader', headerRow), ...rows.map((cells) => row('tableCell', cells))],
  };
}

/** An inline reference, rendered "Annexe <label>". */
export function annexRef(annexId: string, label: string): JsonNode {
  return { type: 'annexReference', attrs: { annexId, label } };
}

export function pageBreak(): JsonNode {
  return { type: 'pageBreak' };
}

export function doc(...blocks: JsonNode[]): JsonNode {
  return { type: 'doc', content: blocks };
}

// ---------------------------------------------------------------------------------------------
// French formats

const EUROS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });
const RATE = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "8 400 000 €" from an amount in euros. */
export function formatEuros(euros: number): string {
  return EUROS.format(euros);
}

/** "35 %" from 0.35. */
export function formatPercent(ratio: number): string {
  return PERCENT.format(ratio);
}

/** "0,40 %" from 0.004: an interest rate or a commission, always with two decimals. */
export function formatRate(ratio: number): string {
  return RATE.format(ratio);
}

/** "65,0 m²" from a surface in square metres. */
export function formatSurface(squareMetres: number): string {
  return `${DECIMAL.format(squareMetres)}${NBSP}m²`;
}

/** "4 200" from a count or a rounded figure. */
export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** "janvier 2027" from a UTC date. */
export function formatMonth(date: Date): string {
  return MONTH.format(date);
}

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const TENS = [
  '',
  '',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante',
  'quatre-vingt',
  'quatre-vingt',
];

/** 0 to 99; `isFinal` says whether "vingt" may take its plural "s" (not before "mille"). */
function belowHundred(n: number, isFinal: boolean): string {
  if (n < 20) return UNITS[n] ?? '';
  const tens = Math.floor(n / 10);
  // 70-79 and 90-99 are built on 60 and 80 plus 10-19.
  const rest = tens === 7 || tens === 9 ? (n % 10) + 10 : n % 10;
  const base = TENS[tens] ?? '';
  if (rest === 0) return tens === 8 && isFinal ? `${base}s` : base;
  if ((rest === 1 || rest === 11) && tens < 8) return `${base} et ${UNITS[rest]}`;
  return `${base}-${UNITS[rest]}`;
}

/** 0 to 999; `isFinal` says whether "cent" and "vingt" may take their plural "s". */
function belowThousand(n: number, isFinal: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest > 0 ? belowHundred(rest, isFinal) : '';
  if (hundreds === 0) return restWords;
  const cent = hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${rest === 0 && isFinal ? 's' : ''}`;
  return restWords ? `${cent} ${restWords}` : cent;
}

/** An integer below one billion in French words ("huit millions quatre cent mille"). */
export function integerInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000_000) return formatInteger(n);
  if (n === 0) return UNITS[0] ?? '';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const units = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${belowThousand(millions, true)} million${millions > 1 ? 's' : ''}`);
  if (thousands === 1) parts.push('mille');
  else if (thousands > 1) parts.push(`${belowThousand(thousands, false)} mille`);
  if (units > 0) parts.push(belowThousand(units, true));
  return parts.join(' ');
}

/** "huit millions quatre cent mille euros (8 400 000 €)", the way deeds state a principal amount. */
export function eurosInWordsAndFigures(euros: number): string {
  const words = integerInWords(euros);
  const unit = /(million|millions)$/.test(words) ? 'd’euros' : 'euros';
  return `${words} ${unit} (${formatEuros(euros)})`;
}
