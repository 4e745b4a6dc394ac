import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventMode, EventType } from '../../core/analysis.js';
import { headlineOf } from './index.js';
import type { HeadlineActor, HeadlineEvent } from './index.js';
import { isNounTrigger } from './phrases.js';

const person = (name: string): HeadlineActor => ({
  name,
  type: 'person',
  country: null,
  stands: null,
  aliases: [],
});
const country = (name: string, iso3: string, aliases: string[] = []): HeadlineActor => ({
  name,
  type: 'country',
  country: iso3,
  stands: null,
  aliases,
});

const ACTORS = new Map<string, HeadlineActor>([
  ['macron', person('Emmanuel Macron')],
  ['scholz', person('Olaf Scholz')],
  ['leyen', person('Ursula von der Leyen')],
  ['modi', person('Narendra Modi')],
  ['trump', person('Donald Trump')],
  ['eric', person('Eric Trump')],
  ['israel', country('Israel', 'ISR')],
  ['usa', country('United States', 'USA', ['US', 'U.S.'])],
  ['china', country('China', 'CHN', ['PRC'])],
  ['japan', country('Japan', 'JPN')],
  ['russia', country('Russia', 'RUS')],
  ['ukraine', country('Ukraine', 'UKR')],
  ['gaza', { name: 'Gaza City', type: 'place', country: 'PSE', stands: null, aliases: [] }],
  ['eu', { name: 'European Union', type: 'organisation', country: null, stands: null, aliases: ['EU'] }],
  [
    'chinese-gov',
    { name: 'Government of China', type: 'organisation', country: 'CHN', stands: 'government', aliases: [] },
  ],
]);

const event = (
  type: EventType,
  mode: EventMode,
  sourceIds: string[],
  targetIds: string[],
  trigger: string | null,
  place: string | null = null,
  extra: Partial<HeadlineEvent> = {},
): HeadlineEvent => ({ type, mode, sourceIds, targetIds, trigger, place, ...extra });

const CASES: Array<[HeadlineEvent, string]> = [
  [
    event('CONSULT', 'asserted', ['macron'], ['scholz'], 'talks', 'Berlin, Germany'),
    'Macron meets Scholz in Berlin',
  ],
  [event('CONSULT', 'planned', ['modi'], ['japan'], 'visit'), 'Planned: Modi to visit Japan'],
  [
    event('CONSULT', 'planned', ['macron'], ['scholz'], 'meeting', 'Paris'),
    'Planned: Macron to meet Scholz in Paris',
  ],
  [event('CONSULT', 'asserted', ['macron', 'scholz'], [], 'talks'), 'Macron and Scholz hold talks'],
  [event('CONSULT', 'asserted', [], [], null, 'Geneva'), 'Talks in Geneva'],
  [
    event('ASSAULT', 'asserted', ['israel'], ['gaza'], 'air strike', null, {
      killed: { value: 12, qualifier: 'at least' },
    }),
    'Israeli air strike on Gaza City kills at least 12',
  ],
  [
    event('ASSAULT', 'asserted', ['israel'], [], 'strikes', 'Gaza City', {
      killed: { value: 30, qualifier: 'over' },
    }),
    'Israeli strikes in Gaza City kill more than 30',
  ],
  [
    event('ASSAULT', 'asserted', ['trump'], ['gaza'], 'bombed', null, {
      injured: { value: 1500, qualifier: null },
    }),
    'Trump bombs Gaza City, injuring 1,500',
  ],
  [
    event('ASSAULT', 'planned', ['israel'], ['gaza'], 'offensive'),
    'Planned: Israeli offensive against Gaza City',
  ],
  [
    event('SANCTION', 'asserted', ['leyen'], ['chinese-gov'], 'sanctions'),
    'Von der Leyen imposes sanctions on Chinese government',
  ],
  [event('SANCTION', 'asserted', ['usa'], ['china'], 'tariffs'), 'American tariffs on China'],
  [event('AGREE', 'asserted', ['usa'], ['china'], 'truce'), 'US agrees to truce with China'],
  [event('AGREE', 'called-off', ['usa', 'eu'], [], 'deal'), 'Called off: US and EU to reach deal'],
  [event('DEMAND', 'denied', ['eu'], ['china'], 'demanded'), 'EU does not press China'],
  [event('DISAPPROVE', 'asserted', ['macron'], ['usa'], 'condemned'), 'Macron condemns US'],
  [event('SUPPORT', 'hypothetical', ['scholz'], ['macron'], 'backing'), 'Possible: Scholz to back Macron'],
  [event('REJECT', 'asserted', ['china'], [], 'rejected'), 'China says no'],
  // The same surname twice: the headline says which Trump.
  [event('CONSULT', 'asserted', ['trump'], ['eric'], 'met'), 'Donald Trump meets Eric Trump'],
  // An actor on both sides is a reading slip: never "X meets X".
  [event('CONSULT', 'asserted', ['usa'], ['usa', 'china'], 'met'), 'US meets China'],
  [event('OTHER', 'asserted', [], [], null), 'Development'],
];

test('headlines in plain words, for any actors, type and mode', () => {
  assert.deepEqual(
    CASES.map(([input]) => headlineOf(input, ACTORS)),
    CASES.map(([, expected]) => expected),
  );
});

test('force on a country at a town of its own is headlined by the town; elsewhere, or not force at a place, as it is', () => {
  const headlines = [
    event('FIGHT', 'asserted', ['russia'], ['ukraine'], 'missile strike', 'Kyiv', {
      killed: { value: 8, qualifier: 'at least' },
    }),
    event('FIGHT', 'asserted', ['russia'], ['ukraine'], 'shelled', 'Kharkiv'),
    event('FIGHT', 'asserted', ['russia'], ['ukraine'], 'attacked', 'Odesa and Mykolaiv'),
    // Ground taken is force at a place too.
    event('COERCE', 'asserted', ['russia'], ['ukraine'], 'annexed', 'Crimea'),
    // Negative: a town of another country, towns of two countries, a meeting at a town, an arrest at a town.
    event('FIGHT', 'asserted', ['russia'], ['ukraine'], 'attacked', 'Gaza'),
    event('FIGHT', 'asserted', ['russia'], ['ukraine'], 'attacked', 'Odesa and Gaza'),
    event('CONSULT', 'asserted', ['macron'], ['ukraine'], 'visited', 'Kyiv'),
    event('COERCE', 'asserted', ['russia'], ['ukraine'], 'arrested', 'Kyiv'),
  ].map((e) => headlineOf(e, ACTORS));
  assert.deepEqual(headlines, [
    'Russian missile strike on Kyiv kills at least 8',
    'Russia fights Kharkiv',
    'Russia fights Odesa and Mykolaiv',
    'Russia annexes Crimea',
    'Russia fights Ukraine in Gaza',
    'Russia fights Ukraine in Odesa and Gaza',
    'Macron visits Ukraine in Kyiv',
    'Russia arrests Ukraine in Kyiv',
  ]);
});

test('no headline is a type code, an arrow or a dash standing for nobody', () => {
  const types: EventType[] = [
    'AGREE',
    'CONSULT',
    'SUPPORT',
    'CONCEDE',
    'COOPERATE',
    'AID',
    'RETREAT',
    'REQUEST',
  ];
  const more: EventType[] = ['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE'];
  const rest: EventType[] = ['ASSAULT', 'FIGHT', 'DEMAND', 'DISAPPROVE', 'INVESTIGATE', 'OTHER'];
  const modes: EventMode[] = ['asserted', 'proposed', 'planned', 'denied', 'hypothetical', 'called-off'];
  const sides = [[], ['usa'], ['macron', 'scholz']];
  for (const type of [...types, ...more, ...rest])
    for (const mode of modes)
      for (const sources of sides)
        for (const targets of sides) {
          const headline = headlineOf(event(type, mode, sources, targets, null), ACTORS);
          assert.ok(!headline.includes(type), `${headline} (${type})`);
          assert.doesNotMatch(headline, /→|—|^\W|\s\s|undefined|null/, headline);
          assert.match(headline, /^[A-Z]/, headline);
        }
});

test('noun triggers name things; verb triggers name acts', () => {
  const nouns = ['missile strike', 'ceasefire', 'sanctions', 'invasion', 'talks', 'fighting', 'proposal'];
  const verbs = ['met', 'attacked', 'negotiating', 'urge', 'mobilize', 'supplying arms'];
  assert.deepEqual(
    nouns.filter((t) => !isNounTrigger(t)),
    [],
  );
  assert.deepEqual(verbs.filter(isNounTrigger), []);
});
