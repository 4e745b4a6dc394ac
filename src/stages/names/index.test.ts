import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { splitSentences, tokenize } from '../tokens/index.js';
import { MODEL_FILE, packageRoot, tagNames } from './index.js';

function names(text: string): Array<[string, string]> {
  const sentences = splitSentences(text);
  return tagNames(text, tokenize(text, sentences), sentences).map((n) => [
    text.slice(n.start, n.end),
    n.label,
  ]);
}

const CASES: Array<[string, Array<[string, string]>]> = [
  [
    "US Secretary of State Marco Rubio met Ukraine's foreign minister in Jeddah on Tuesday.",
    [
      ['US', 'LOC'],
      ['Marco Rubio', 'PER'],
      ['Ukraine', 'LOC'],
      ['Jeddah', 'LOC'],
    ],
  ],
  ['The European Commission proposed new rules on Wednesday.', [['European Commission', 'ORG']]],
  ['He said it was a good day.', []],
  [
    'Angela Merkel flew to Paris to meet French officials.',
    [
      ['Angela Merkel', 'PER'],
      ['Paris', 'LOC'],
      ['French', 'MISC'],
    ],
  ],
  [
    'RUSSIA AND UKRAINE AGREE TO TALKS IN ISTANBUL',
    [
      ['RUSSIA', 'LOC'],
      ['UKRAINE', 'LOC'],
      ['ISTANBUL', 'LOC'],
    ],
  ],
  [
    'talks between russia and ukraine resumed in geneva.',
    [
      ['russia', 'LOC'],
      ['ukraine', 'LOC'],
      ['geneva', 'LOC'],
    ],
  ],
  ['', []],
];

for (const [text, expected] of CASES) {
  test(`names: ${JSON.stringify(text)}`, () => assert.deepEqual(names(text), expected));
}

test('a name the document spelt out is found again when repeated alone', () => {
  const found = names('Peter Blackburn wrote the report.\n\nBlackburn said it was late.');
  assert.deepEqual(found, [
    ['Peter Blackburn', 'PER'],
    ['Blackburn', 'PER'],
  ]);
});

test('scores are confidences in [0, 1]', () => {
  const text = 'Marco Rubio met Sergei Lavrov in Riyadh.';
  const sentences = splitSentences(text);
  for (const name of tagNames(text, tokenize(text, sentences), sentences)) {
    assert.ok(name.score >= 0 && name.score <= 1, `${name.score}`);
  }
});

test('the model is found from the source and the compiled location alike', () => {
  const root = packageRoot();
  assert.ok(existsSync(join(root, MODEL_FILE)));
  assert.equal(packageRoot(join(root, 'src', 'stages', 'names')), root);
  assert.equal(packageRoot(join(root, 'dist', 'src', 'stages', 'names')), root);
});

test('the compiled tagger loads the model', (t) => {
  const compiled = join(packageRoot(), 'dist', 'src', 'stages');
  if (!existsSync(join(compiled, 'names', 'index.js'))) {
    t.skip('not built: `npm test` builds first and runs this test from dist/');
    return;
  }
  const script = `
    const { tagNames } = await import(${JSON.stringify(pathToFileURL(join(compiled, 'names', 'index.js')).href)});
    const { splitSentences, tokenize } = await import(${JSON.stringify(pathToFileURL(join(compiled, 'tokens', 'index.js')).href)});
    const text = 'Marco Rubio met officials in Jeddah.';
    const sentences = splitSentences(text);
    process.stdout.write(JSON.stringify(tagNames(text, tokenize(text, sentences), sentences).map((n) => n.label)));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), ['PER', 'LOC']);
});
