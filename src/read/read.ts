import { createDoc, messageAt, type Doc } from '../doc.js';
import { PublishedAt, type ExtractOptions } from '../schema/options.js';
import { FrontMatterError, parseFrontMatter } from './frontMatter.js';
import { htmlToText } from './html.js';

/**
 * Read stage: the article's own metadata and the text the later stages see.
 *
 * For text and Markdown, front matter is blanked out with spaces rather than cut off, so every
 * span still indexes the file exactly as it is on disk. For HTML, spans index the extracted text
 * (`textFrom: 'html'`), since markup offsets would point into tags.
 *
 * A publication date in front matter wins over `options.publishedAt`, which is the fallback: the
 * file knows its own date better than a flag given for a whole folder.
 */
export function read(input: string, options: ExtractOptions): Doc {
  if (options.format === 'html') {
    const { text, title } = htmlToText(input);
    return createDoc(text, options, { textFrom: 'html', ...(title ? { title } : {}) });
  }
  let text = input;
  let fields: Record<string, string> = {};
  let fmError: FrontMatterError | undefined;
  try {
    const fm = parseFrontMatter(input);
    if (fm) {
      fields = fm.fields;
      text = input.slice(0, fm.bodyStart).replace(/[^\n]/g, ' ') + input.slice(fm.bodyStart);
    }
  } catch (e) {
    if (!(e instanceof FrontMatterError)) throw e;
    fmError = e;
  }
  const doc = createDoc(text, options, {
    textFrom: options.format,
    ...(fields.title ? { title: fields.title } : {}),
  });
  if (fmError) {
    doc.messages.push(messageAt(doc, { severity: 'warning', stage: 'read', rule: 'read/front-matter', message: `${fmError.message}; the text was read as it is` }));
  }
  if (fields.published !== undefined) {
    const parsed = PublishedAt.safeParse(fields.published);
    if (parsed.success) doc.publishedAt = parsed.data;
    else doc.messages.push(messageAt(doc, { severity: 'warning', stage: 'read', rule: 'read/published', message: `front matter "published: ${fields.published}" is not a date (YYYY-MM-DD); ignored` }));
  }
  if (fields.id && doc.source === null) doc.source = fields.id;
  return doc;
}
