// Which reader a file needs, by its name: plain text, a Word document, a saved web page; and what
// to do with the formats the importer cannot read.
import { extname } from 'node:path';
import { LecternError } from '../core/errors.js';
import { importPlainText } from './convert.js';
import { importDocx } from './docx.js';
import { importHtml, type DocumentImport } from './web.js';

const UNREADABLE: Record<string, string> = {
  '.doc':
    'an old Word document (.doc); open it in Word or LibreOffice, save it as .docx, and import that',
  '.odt':
    'an OpenDocument text (.odt); in LibreOffice use File > Save As > Word 2007-365 (.docx), and import that',
  '.pdf':
    'a PDF; run `pdftotext speech.pdf speech.txt` (poppler-utils), or copy its text into a .txt file, and import that',
  '.rtf': 'an RTF document; open it in Word or LibreOffice, save it as .docx, and import that',
  '.pages': 'a Pages document; export it from Pages as Word (.docx), and import that',
};

/** Import any supported file; `imageBase` names the images saved beside the Markdown. */
export async function importFile(
  input: Buffer,
  file: string,
  imageBase: string,
): Promise<DocumentImport> {
  const ext = extname(file).toLowerCase();
  const unreadable = UNREADABLE[ext];
  if (unreadable) throw new LecternError(`${file}: this is ${unreadable}`);
  if (ext === '.docx') return importDocx(input, file, imageBase);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return importHtml(input, file);
  return { ...importPlainText(input, file), files: [] };
}
