import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';

/** The PDF's text layer (all pages joined), and its page count; empty text for scanned PDFs. */
export async function extractPdfText(filePath: string): Promise<{ text: string; pageCount: number }> {
  const data = new Uint8Array(await readFile(filePath));
  const pdf = await getDocumentProxy(data);
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    return { text, pageCount: totalPages };
  } finally {
    await pdf.destroy();
  }
}
