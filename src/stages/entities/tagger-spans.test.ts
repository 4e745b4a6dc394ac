import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../../core/analysis.js';
import { repairTaggerSpans } from './tagger-spans.js';

/** The surfaces and labels the repair leaves of the tagger's spans `given` over `text`. */
function repaired(text: string, given: ReadonlyArray<readonly [string, NameSpan['label']]>): string[] {
  const spans = given.map(([surface, label]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, label, score: 1 };
  });
  return repairTaggerSpans(text, spans).map((s) => `${text.slice(s.start, s.end)} | ${s.label}`);
}

test('an office the tagger took into a person’s name is left out of the name, wherever it stands', () => {
  const text =
    'Pensions Secretary Lena Hart met Brigadier General Omar Nasser and Berenberg Chief Economist Karl Vogt. ' +
    'The UN Under-Secretary-General for Humanitarian Affairs Tom Reyes spoke, as did Saudi Crown Prince ' +
    'Faisal bin Khalid. Acme Chief Operating Officer Ruth Lane and Acme Chief Officer Sam Ortiz agreed.';
  assert.deepEqual(
    repaired(text, [
      ['Pensions Secretary Lena Hart', 'PER'],
      ['Brigadier General Omar Nasser', 'PER'],
      ['Berenberg Chief Economist Karl Vogt', 'PER'],
      ['Humanitarian Affairs Tom Reyes', 'PER'],
      ['Saudi Crown Prince Faisal bin Khalid', 'PER'],
      ['Acme Chief Operating Officer Ruth Lane', 'ORG'],
      ['Acme Chief Officer Sam Ortiz', 'ORG'],
    ]),
    [
      'Lena Hart | PER',
      'Omar Nasser | PER',
      'Karl Vogt | PER',
      'Tom Reyes | PER',
      'Faisal bin Khalid | PER',
      'Ruth Lane | PER',
      'Sam Ortiz | PER',
    ],
  );
});

test('a name keeping one word after an office word, a body’s name and an organisation’s portfolio are left whole', () => {
  const text =
    'Martin Luther King Jr. marched; Justice Mensah ruled; Lena Hart left the Council on Foreign Relations ' +
    'Middle East Program, as The Economist Intelligence Unit and Rwanda King Faisal Hospital said.';
  assert.deepEqual(
    repaired(text, [
      ['Martin Luther King Jr.', 'PER'],
      ['Justice Mensah', 'PER'],
      ['Lena Hart', 'PER'],
      ['Council on Foreign Relations Middle East Program', 'ORG'],
      ['The Economist Intelligence Unit', 'PER'],
      ['Rwanda King Faisal Hospital', 'PER'],
    ]),
    [
      'Martin Luther King Jr. | PER',
      'Justice Mensah | PER',
      'Lena Hart | PER',
      'Council on Foreign Relations Middle East Program | ORG',
      'The Economist Intelligence Unit | PER',
      'Rwanda King Faisal Hospital | PER',
    ],
  );
});

test('a name never starts inside a hyphenated word; two names joined by a hyphen stay two', () => {
  const text =
    'Jane Allin-Khan spoke at Cedars-Sinai Hospital, where Amir-Reza Zand works, before the Trump-Putin call, ' +
    'the US-Israel talks, anti-Velder protests and Sen. Ann Cole, R-Maine.';
  assert.deepEqual(
    repaired(text, [
      ['Jane Allin', 'PER'],
      ['Khan', 'ORG'],
      ['Sinai Hospital', 'ORG'],
      ['Reza Zand', 'PER'],
      ['Trump', 'PER'],
      ['Putin', 'PER'],
      ['Israel', 'LOC'],
      ['Velder', 'ORG'],
      ['Ann Cole', 'PER'],
      ['Maine', 'LOC'],
    ]),
    [
      'Jane Allin-Khan | PER',
      'Cedars-Sinai Hospital | ORG',
      'Amir-Reza Zand | PER',
      'Trump | PER',
      'Putin | PER',
      'Israel | LOC',
      'Velder | ORG',
      'Ann Cole | PER',
      'Maine | LOC',
    ],
  );
});

test("a party's name before a department of state is left out of the department's name", () => {
  const text =
    'There needs to be an argument from a Labour Treasury, the Democratic National Committee said.';
  assert.deepEqual(
    repaired(text, [
      ['Labour Treasury', 'PER'],
      ['Democratic National Committee', 'ORG'],
    ]),
    ['Treasury | ORG', 'Democratic National Committee | ORG'],
  );
});

test('two one-word halves of the double-barrelled surname of a person named in full are one surname', () => {
  const text = 'Ruth Baker-Lowe spoke. Baker-Lowe left before the Baker-Trump talks.';
  const at = (word: string, from = 0) => text.indexOf(word, from);
  const span = (start: number, word: string, label: NameSpan['label']) => ({
    start,
    end: start + word.length,
    label,
    score: 1,
  });
  const spans = [
    span(0, 'Ruth Baker', 'PER'),
    span(at('Lowe'), 'Lowe', 'PER'),
    span(at('Baker', 20), 'Baker', 'PER'),
    span(at('Lowe', 20), 'Lowe', 'PER'),
    span(at('Baker', 40), 'Baker', 'PER'),
    span(at('Trump'), 'Trump', 'PER'),
  ];
  assert.deepEqual(
    repairTaggerSpans(text, spans).map((s) => text.slice(s.start, s.end)),
    ['Ruth Baker-Lowe', 'Baker-Lowe', 'Baker', 'Trump'],
  );
});
