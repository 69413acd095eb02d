// `lectern import`: plain text as a speaker's office sends it → Lectern's Markdown.
export { decodeText } from './decode.js';
export { importPlainText, type ImportResult } from './convert.js';
export { writeImport } from './write.js';
export { importFile } from './formats.js';
