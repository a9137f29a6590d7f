import { DEED_FIELD } from '@deedroom/shared';
import * as Y from 'yjs';
import type { TestContext } from './test-context';

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

/**
 * Changes the deed's live text through the collaboration server, as an edit would: a paragraph at
 * the end of the deed, or at the end of its `articleIndex`-th top-level article.
 */
export async function addParagraph(
  ctx: TestContext,
  deedId: string,
  text: string,
  options: { articleIndex?: number } = {},
): Promise<void> {
  await ctx.deps.deedContent.applyChange(
    deedId,
    (doc) => {
      const body = doc.getXmlFragment(DEED_FIELD);
      if (options.articleIndex === undefined) {
        body.push([paragraph(text)]);
        return;
      }
      const articles = body.toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === 'article');
      const article = articles[options.articleIndex];
      if (!(article instanceof Y.XmlElement)) throw new Error(`no article ${options.articleIndex}`);
      article.push([paragraph(text)]);
    },
    { actorId: null, reason: 'test edit' },
  );
}

/** The deed's text now, as plain text of its live document. */
export async function readLiveText(ctx: TestContext, deedId: string): Promise<string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await ctx.deps.deedContent.readState(deedId));
  const text = doc.getXmlFragment(DEED_FIELD).toString();
  doc.destroy();
  return text;
}

/** The deed's text as stored on disk (snapshot plus update log), read without the live room. */
export async function readStoredText(ctx: TestContext, deedId: string): Promise<string> {
  const stored = await ctx.stores.deedUpdates.load(deedId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const text = doc.getXmlFragment(DEED_FIELD).toString();
  doc.destroy();
  return text;
}
