import * as Y from 'yjs';

/** Appends a paragraph to the deed body (the Y.XmlFragment Tiptap edits). */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  doc.getXmlFragment('default').push([paragraph]);
}

/** The deed body as XML, for comparing replicas. */
export function bodyOf(doc: Y.Doc): string {
  return doc.getXmlFragment('default').toString();
}
