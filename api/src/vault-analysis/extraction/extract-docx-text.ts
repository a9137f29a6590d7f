import mammoth from 'mammoth';

/** The raw text of a DOCX (paragraphs separated by blank lines), through mammoth. */
export async function extractDocxText(filePath: string): Promise<string> {
  const result = await mammoth.extractRawText({ path: filePath });
  return result.value;
}
