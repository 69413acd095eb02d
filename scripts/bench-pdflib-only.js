// Preloaded by bench-pdf-routes.js (`node --import`) into a `lectern pdf` run: refuses every PDF
// to the raw route (raw-pdf.ts), so that the three PDFs are finished by pdf-lib alone, as they
// would be without that route. Says on stderr how many files it turned away.
const { RawPdf, UnexpectedLayout } = await import(
  new URL('../lib/pdf/raw-pdf.js', import.meta.url).href
);

let refused = 0;
RawPdf.read = () => {
  refused += 1;
  throw new UnexpectedLayout('bench: pdf-lib only');
};
process.on('exit', () => process.stderr.write(`bench: raw route refused ${refused} PDFs\n`));
