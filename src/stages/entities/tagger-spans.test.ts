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

test('a title begun before a span and ended inside it is left out of the name that follows it', () => {
  const text =
    'Secretary of the Treasury Lena Hart met Minister of Foreign Affairs Omar Nasser, and the ' +
    'secretary of the Treasury Karl Vogt spoke.';
  assert.deepEqual(
    repaired(text, [
      ['Treasury Lena Hart', 'ORG'],
      ['Foreign Affairs Omar Nasser', 'PER'],
      ['Treasury Karl Vogt', 'PER'],
    ]),
    ['Lena Hart | PER', 'Omar Nasser | PER', 'Karl Vogt | PER'],
  );
});

test('a title before a body’s name or a one-word remainder leaves the span as the tagger read it', () => {
  const text =
    'The head of the Treasury Select Committee, the Secretary of State Department staff and the ' +
    'Minister of Justice Mensah spoke.';
  assert.deepEqual(
    repaired(text, [
      ['Treasury Select Committee', 'ORG'],
      ['State Department', 'ORG'],
      ['Justice Mensah', 'PER'],
    ]),
    ['Treasury Select Committee | ORG', 'State Department | ORG', 'Justice Mensah | PER'],
  );
});

test('a person and their firm read as one name at "of" are the person and the firm', () => {
  const text =
    'Rabbi Tovia Lerner of Tip Productions and Lena Hart of Velder Holdings spoke, as did Dr Omar Nasser ' +
    'of Harbour University.';
  assert.deepEqual(
    repaired(text, [
      ['Rabbi Tovia Lerner of Tip Productions', 'ORG'],
      ['Lena Hart of Velder Holdings', 'PER'],
      ['Dr Omar Nasser of Harbour University', 'ORG'],
    ]),
    [
      'Tovia Lerner | PER',
      'Tip Productions | ORG',
      'Lena Hart | PER',
      'Velder Holdings | ORG',
      'Omar Nasser | PER',
      'Harbour University | ORG',
    ],
  );
});

test('a body named with "of" stays whole, and a legal form makes a firm of a span read as a person', () => {
  const text =
    'The Bank of England, the Royal Bank of Scotland, the Duke of Harbour and the Institute of Cancer ' +
    'Research met Velder Corporation and Ruth Lane of Hartfield.';
  assert.deepEqual(
    repaired(text, [
      ['Bank of England', 'ORG'],
      ['Royal Bank of Scotland', 'ORG'],
      ['Duke of Harbour', 'PER'],
      ['Institute of Cancer Research', 'ORG'],
      ['Velder Corporation', 'PER'],
      ['Ruth Lane of Hartfield', 'PER'],
    ]),
    [
      'Bank of England | ORG',
      'Royal Bank of Scotland | ORG',
      'Duke of Harbour | PER',
      'Institute of Cancer Research | ORG',
      'Velder Corporation | ORG',
      'Ruth Lane of Hartfield | PER',
    ],
  );
});

test('a title’s qualifiers the tagger left out of a department’s name open it; particles join a place', () => {
  const text =
    'The Turkish Foreign Affairs Ministry and the Home Office spoke in Porto Alegre, Rio Grande do Sul, ' +
    'where Foreign Minister Lena Hart and the Defence Committee Chair met the Health Trust and Isaac del Toro.';
  assert.deepEqual(
    repaired(text, [
      ['Turkish', 'MISC'],
      ['Affairs Ministry', 'ORG'],
      ['Office', 'ORG'],
      ['Rio Grande', 'LOC'],
      ['Sul', 'LOC'],
      ['Lena Hart', 'PER'],
      ['Committee', 'ORG'],
      ['Trust', 'ORG'],
      ['Isaac', 'ORG'],
      ['Toro', 'ORG'],
    ]),
    [
      'Turkish | MISC',
      'Foreign Affairs Ministry | ORG',
      'Home Office | ORG',
      'Rio Grande do Sul | LOC',
      'Lena Hart | PER',
      'Defence Committee | ORG',
      'Trust | ORG',
      'Isaac del Toro | PER',
    ],
  );
});
