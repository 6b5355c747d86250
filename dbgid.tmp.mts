import { readFileSync, readdirSync } from 'node:fs';
import { createScanner } from '/work/main/src/engine/index.ts';
const id = process.argv[2]!;
const b = id.match(/^ho(\d+)-/)![1];
const dir = `/work/main/tests/corpus-heldout/batch${b}`;
for (const f of readdirSync(dir)) for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
  if (!line.includes(`"${id}"`)) continue;
  const r = JSON.parse(line);
  console.log(r.text);
  console.log('LABELS', r.labels.map((l: any) => `${l.rule}${l.ambiguous ? '(amb)' : ''} ${JSON.stringify(r.text.slice(l.start, l.end))}`).join(' | '));
  for (const x of createScanner().scan(r.text)) console.log('  FOUND', x.rule, x.score, JSON.stringify(r.text.slice(x.start, x.end)));
}
