// Readers for single front-matter values: each returns the value or reports a wrong type at the
// key's line with a hint showing how to write it.
import { isScalar, isSeq } from 'yaml';
import type { FrontMatterEntry } from './front-matter.js';
import type { ProblemSink } from '../core/problems.js';

function scalarValue(entry: FrontMatterEntry): unknown {
  return isScalar(entry.node) ? entry.node.value : entry.node;
}

function wrongType(entry: FrontMatterEntry, sink: ProblemSink, what: string, example: string) {
  sink.error(entry.at, `'${entry.key}' must be ${what}`, `write it as ${example}`);
}

/** Text as written: numbers and dates YAML recognised are kept in the form the author typed. */
export function readText(entry: FrontMatterEntry, sink: ProblemSink): string | undefined {
  const value = scalarValue(entry);
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || value instanceof Date) {
    return entry.written.replace(/^(["'])(.*)\1$/s, '$2');
  }
  wrongType(entry, sink, 'text', `${entry.key}: "…"`);
  return undefined;
}

export function readPositiveNumber(
  entry: FrontMatterEntry,
  sink: ProblemSink,
  example: string,
): number | undefined {
  const value = scalarValue(entry);
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n) && n > 0) return n;
  wrongType(entry, sink, 'a positive number', `${entry.key}: ${example}`);
  return undefined;
}

export function readBoolean(entry: FrontMatterEntry, sink: ProblemSink): boolean | undefined {
  const value = scalarValue(entry);
  if (typeof value === 'boolean') return value;
  wrongType(entry, sink, 'true or false', `${entry.key}: false`);
  return undefined;
}

/** A YAML list of text, or one comma-separated string. */
export function readTextList(entry: FrontMatterEntry, sink: ProblemSink): string[] | undefined {
  const node = entry.node;
  if (node === null) return [];
  if (isSeq(node)) {
    const items: string[] = [];
    for (const item of node.items) {
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value === 'string' || typeof value === 'number') items.push(String(value).trim());
      else {
        wrongType(entry, sink, 'a list of text', `${entry.key}: [first, second]`);
        return undefined;
      }
    }
    return items.filter((s) => s !== '');
  }
  const value = scalarValue(entry);
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  wrongType(entry, sink, 'a list of text', `${entry.key}: [first, second]`);
  return undefined;
}
