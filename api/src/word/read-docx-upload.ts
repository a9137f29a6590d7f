import { AppError } from '@deedroom/shared';
import { checkDocxUpload, refuseDocx } from './check-docx-upload';
import { type ConvertedDocx, convertDocxToDeed } from './convert-docx-to-deed';
import { listTextblocks, readTextblockText, type WordDeedNode } from './word-deed-node';

export interface DocxUploadContent extends ConvertedDocx {
  articles: number;
  paragraphs: number;
  tables: number;
}

function count(node: WordDeedNode, type: string): number {
  return (node.type === type ? 1 : 0) + (node.content ?? []).reduce((n, c) => n + count(c, type), 0);
}

/** Checks an uploaded Word file and reads it as deed content; a file with no text is refused. */
export async function readDocxUpload(bytes: Buffer): Promise<DocxUploadContent> {
  await checkDocxUpload(bytes);
  let converted: ConvertedDocx;
  try {
    converted = await convertDocxToDeed(bytes);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuseDocx(
      'not_docx',
      'Ce fichier n’a pas pu être lu comme un document Word (.docx). Enregistrez-le à nouveau depuis Word puis réessayez.',
    );
  }
  const hasText = listTextblocks(converted.content).some((b) => readTextblockText(b).trim().length > 0);
  if (!hasText) {
    throw refuseDocx('empty_document', 'Le document Word ne contient aucun texte : rien à importer.');
  }
  return {
    ...converted,
    articles: count(converted.content, 'article'),
    paragraphs: count(converted.content, 'paragraph'),
    tables: count(converted.content, 'table'),
  };
}
