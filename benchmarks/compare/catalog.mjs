// Shared helper: read a two-line element file (optional UTF-8 BOM, LF or CRLF,
// optional trailing newline, optional name lines) into an array of
// { index, line1, line2 } in file order. `index` is the 0-based index of the
// element set in the file (catalogue numbers may repeat, so this is the key).
import { readFileSync } from 'node:fs';

export function readTleFile(path) {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const sets = [];
  for (let i = 0; i < lines.length; i++) {
    const l1 = lines[i];
    if (!l1.startsWith('1 ')) continue;
    const l2 = lines[i + 1];
    if (l2 === undefined || !l2.startsWith('2 ')) {
      throw new Error(`line ${i + 1}: line 1 without a following line 2`);
    }
    sets.push({ index: sets.length, line1: l1, line2: l2 });
    i++;
  }
  return sets;
}
