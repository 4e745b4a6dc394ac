import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention } from '../../core/analysis.js';
import { contentMentions } from './content.js';
import { actorIn, mentionIn, organisationIn } from './junk-fixture.js';
import { mayBeActor } from './junk.js';
import { looksLikeName } from './name-shape.js';

test("a common word at the head of a line, a legislator's party tag and a photo credit are no actors", () => {
  const text =
    'Analysis\nThe analysis of the vote (R-Ky.) shows a shift. Work on the bridge resumes, and work is slow. ' +
    'Senator Rand Paul spoke (credit: Elizabeth Frantz/Reuters). Brown said a brown dog barked; Brown left. ' +
    'A protest in Kabul (credit: WANA (WEST ASIA NEWS AGENCY) VIA REUTERS) ended.';
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const mention = (name: string, start: number, entityId: string): Mention => ({
    text: name,
    start,
    end: start + name.length,
    type: 'person',
    kind: 'name',
    entityId,
    sentence: 0,
  });
  const entity = (id: string, name: string): Entity => ({
    id,
    name,
    type: 'person',
    aliases: [name],
    roles: [],
    country: null,
    stands: null,
  });
  const actor = (name: string, starts: number[]) =>
    mayBeActor(
      entity('e', name),
      starts.map((s) => mention(name, s, 'e')),
      text,
    );
  assert.equal(actor('Analysis', [0]), false);
  assert.equal(actor('R-Ky.', [at('R-Ky.')]), false);
  assert.equal(actor('Sen', [at('Senator')]), false);
  assert.equal(actor('Work', [at('Work')]), false);
  // Named twice, written once in lower case: a name.
  assert.equal(actor('Brown', [at('Brown said'), at('Brown left')]), true);
  assert.equal(actor('Rand Paul', [at('Rand Paul')]), true);
  // A word of hostile text too long for a regular expression is weighed like any other.
  const long = `M${'o'.repeat(70_000)}ira`;
  assert.equal(
    mayBeActor(entity('e', long), [mention(long, 0, 'e')], `${long} said ${long.toLowerCase()}.`),
    false,
  );
  const credit = mention('Elizabeth Frantz', at('Elizabeth Frantz'), 'e2');
  const paul = mention('Rand Paul', at('Rand Paul'), 'e3');
  const agency = mention('VIA', at('VIA'), 'e4');
  const kabul = mention('Kabul', at('Kabul'), 'e5');
  assert.deepEqual(contentMentions(text, [credit, paul, agency, kabul], new Set()), [paul, kabul]);
});

test('a piece of a longer name the reading cut is no actor; a name after a title or a modifier is', () => {
  const text =
    'Officials told the Sudan News Agency on Monday. Tommy Yaxley-Lennon spoke. Drought hit the Horn of Africa. ' +
    "President Trump left. Israel's Shin Bet said so. The US State Department agreed. Alex Davies-Jones " +
    'spoke at Rabin Medical Center-Beilinson Campus. The Iraqi Kurdistan Regional Government of Iraq said no. ' +
    'Team Captain Shubman Gill batted. The ECOWAS Council of Ministers met. Sussex University said so. ' +
    'The Minister of Industry and Transport Kamel el Wazir came. Nvidia CEO Jensen Huang spoke. ' +
    'Learn more and connect with us on LinkedIn, Twitter and YouTube.';
  const mention = (name: string, entityId: string, type: Mention['type']): Mention => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type, kind: 'name', entityId, sentence: 0 };
  };
  const actor = (name: string, type: Entity['type'], others: Mention[] = []) => {
    const own = mention(name, 'e', type);
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own, ...others]);
  };
  assert.equal(actor('News Agency', 'organisation'), false);
  assert.equal(actor('Lennon', 'person'), false);
  assert.equal(actor('Horn', 'place'), false);
  assert.equal(actor('Trump', 'person'), true);
  assert.equal(actor('Shin Bet', 'organisation'), true);
  // "US" is a name of its own: a modifier of the department, not a piece of its name.
  assert.equal(actor('State Department', 'organisation', [mention('US', 'us', 'country')]), true);
  assert.equal(actor('State Department', 'organisation'), false);
  // A name of several words cut at a hyphen still names its actor; a demonym before a name qualifies it.
  assert.equal(actor('Alex Davies', 'person'), true);
  assert.equal(actor('Rabin Medical Center', 'organisation'), true);
  // A name of its own after "of" ends the name; a capitalised word no name holds goes on with it.
  const iraq = { ...mention('Iraq', 'iq', 'country'), start: text.indexOf('of Iraq') + 3 };
  assert.equal(
    actor('Kurdistan Regional Government', 'organisation', [{ ...iraq, end: iraq.start + 4 }]),
    true,
  );
  assert.equal(actor('Kurdistan Regional Government', 'organisation'), false);
  assert.equal(actor('Shubman Gill', 'organisation'), true);
  assert.equal(actor('Ministers', 'organisation'), false);
  assert.equal(actor('Sussex', 'organisation'), false);
  assert.equal(actor('Transport Kamel el Wazir', 'person'), false);
  assert.equal(actor('Nvidia', 'organisation'), true);
  assert.equal(actor('Jensen Huang', 'person'), true);
  // A possessive opening a day kept or a prize is part of that name; a possessive before a common noun is not.
  const days =
    "Sato's coach said sales rose before Valentine's Day, and Sato can win back-to-back Emperor's Cups.";
  const inDays = actorIn(days);
  assert.equal(inDays('Valentine', 'person'), false);
  assert.equal(inDays('Emperor', 'organisation'), false);
  assert.equal(inDays('Sato', 'person'), true);
  // A site's invitation to follow it elsewhere is chrome, whatever it names.
  const twitter = mention('Twitter', 'tw', 'organisation');
  assert.deepEqual(contentMentions(text, [twitter], new Set()), []);
  // So is a reporting credit; a name beside "reporting" in a sentence of news is not.
  const credits =
    "CNN's Jennifer Hansler contributed reporting. With additional reporting by Malak Hassouneh. " +
    'The Post cited reporting by Ana Lima on Monday.';
  const named = mentionIn(credits, 'person');
  const people = ['Jennifer Hansler', 'Malak Hassouneh', 'Ana Lima'].map((name) => named(name, name));
  assert.deepEqual(
    contentMentions(credits, people, new Set()).map((m) => m.text),
    ['Ana Lima'],
  );
  // A credit line opening its sentence or bracket names who wrote, translated or photographed the report; the
  // same words in a sentence of news name someone the report is about.
  const lines =
    'The flight landed safely.\r \r    (Japanese original by Kenji Mori, North America Bureau) ' +
    'Editing by Ruth Okafor. All photos by Lena Brandt. ' +
    'The tale spread in a German translation by Otto Weiss, as reported by Ana Lima.';
  const inLines = (name: string): Mention => ({
    ...named(name),
    start: lines.indexOf(name),
    end: lines.indexOf(name) + name.length,
  });
  assert.deepEqual(
    contentMentions(
      lines,
      ['Kenji Mori', 'Ruth Okafor', 'Lena Brandt', 'Otto Weiss', 'Ana Lima'].map(inLines),
      new Set(),
    ).map((m) => m.text),
    ['Otto Weiss', 'Ana Lima'],
  );
  // A phrase the article also writes in lower case is a common phrase, not a name.
  const food = 'A report on Food Security in Africa: food security needs roads.';
  const security = { ...mention('Nvidia', 'e', 'organisation'), text: 'Food Security', start: 12, end: 25 };
  const entity: Entity = {
    id: 'e',
    name: 'Food Security',
    type: 'organisation',
    aliases: [],
    roles: [],
    country: null,
    stands: null,
  };
  assert.equal(mayBeActor(entity, [security], food, [security]), false);
});

test("a work's title, a name cut at a particle or a hyphen, an office, a group and a credit are no actors", () => {
  const text =
    'The gala, called “United By Israel,” was held in the film Jellyfish studio. ' +
    'She lives in Bir al-Maksur near the Musée d’Orsay; the Baader-Meinhof Group was named. ' +
    'Swithin Munyantwali, Vice Chairman of the board, met Amnesty International and British MPs. ' +
    '(credit: REUTERS/KEN CEDENO) “It was wrong,” he said. President Abdel Fattah al-Sisi spoke. ' +
    'He drove a stolen Jaguar around town with Sen. James Risch, an Idaho Republican, after the novel The ' +
    'Satanic Verses and Cracked Actor, his documentary about Bowie, at Shavuot. Ties with Africa During Visit. ' +
    'A spokesman told BBC News. “Next Stop” by Benjamin Resnick, a debut novel about exile. The New Fund for ' +
    'Cinema helped Leo van Doesburg, who spoke of Satan and of true Christianity.';
  const at = (name: string) => text.indexOf(name);
  const mention = (name: string, kind: Mention['kind'] = 'name', start = at(name)): Mention => ({
    text: name,
    start,
    end: start + name.length,
    type: 'organisation',
    kind,
    entityId: 'e',
    sentence: 0,
  });
  const actor = (name: string, type: Entity['type'], mentions = [mention(name)]) => {
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, mentions, text, mentions);
  };
  assert.equal(actor('United By Israel', 'organisation'), false);
  assert.equal(actor('Jellyfish', 'person'), false);
  assert.equal(actor('Bir', 'place'), false);
  assert.equal(actor('Musée', 'person'), false);
  assert.equal(actor('Meinhof Group', 'organisation'), false);
  assert.equal(actor('Vice Chairman', 'person'), false);
  assert.equal(actor('British MPs', 'organisation'), false);
  // The credit's name is left out of the content; a pronoun alone names no one.
  const credit = mention('KEN CEDENO');
  const he = mention('he', 'pronoun', at(' he said') + 1);
  assert.deepEqual(contentMentions(text, [credit, he], new Set()), [he]);
  assert.equal(actor('KEN CEDENO', 'person', [he]), false);
  assert.equal(actor('Jaguar', 'organisation'), false);
  assert.equal(actor('Idaho Republican', 'person'), false);
  assert.equal(actor('Satanic Verses', 'place'), false);
  assert.equal(actor('Cracked Actor', 'person'), false);
  assert.equal(actor('Shavuot', 'place'), false);
  assert.equal(actor('Africa During Visit', 'organisation'), false);
  assert.equal(actor('New Fund', 'organisation'), false);
  assert.equal(actor('Doesburg', 'place'), false);
  assert.equal(actor('Satan', 'place'), false);
  assert.equal(actor('Christianity', 'organisation'), false);
  assert.equal(actor('Leo van Doesburg', 'person'), true);
  assert.equal(actor('BBC News', 'organisation'), true);
  assert.equal(actor('Benjamin Resnick', 'person'), true);
  // Real names beside them stay: a person's given names cut before "al-" still name the person.
  assert.equal(actor('Swithin Munyantwali', 'person'), true);
  assert.equal(actor('Amnesty International', 'organisation'), true);
  assert.equal(actor('Abdel Fattah', 'person'), true);
});

test('an office, a pronoun, a scripture, a headline and a piece cut from a longer name are no actors; names beside them are', () => {
  for (const [name, isName] of [
    ['Chairperson', false],
    ['Mr. President', false],
    ['Associate Professor Emeritus', false],
    ['Prime Minister', false],
    ['President Trump', true],
    ['Himself', false],
    ['Zero', false],
    ['South', false],
    ['South Africa', true],
    ['Ask Me Anything', false],
    ['Our Lady of Lourdes', true],
    ['Holy Quran', false],
    ['Star of David', false],
    ['David Star', true],
    ['Shabbat', false],
    ['Protest Held', false],
    ['Mel Stride', true],
    ['Managing Partner', false],
    ['National Oceanic and Atmospheric Administration', true],
    ['Marks and Spencer', true],
    ['Bosnia and Herzegovina', true],
    ['Department of Health and Human Services', true],
    ['OFFICETubman Boulevard', false],
    ['Tubman Boulevard', true],
    ['UNESCO', true],
  ] as const) {
    assert.equal(looksLikeName(name, 'person'), isName, name);
  }
  assert.equal(looksLikeName('Muslims', 'person'), false);
  // A surname may be any word but a people's plural ("Hasidic Jews", name-shape.test.ts).
  assert.equal(looksLikeName('Tom Mullins', 'person'), true);

  const text =
    'Uber launched its Prepaid Pass offering. Secretary Rubio and PM Netanyahu spoke. Pro-Palestine Protest ' +
    'Held in London. The High Court of Justice ruled. The Vice President of the Constitutional Court spoke. ' +
    'She joined the Forces for Freedom and Change Central Council (FFC-CC) last year. He sought donations ' +
    'for the People’s Congress of Resistance in DC. Critics target diversity, equity and inclusion programs ' +
    '(DEI) across the country. The Food and Drug Administration (FDA) approved it. In the 2001 film, Africano, ' +
    'a man speaks. This article is republished from The Conversation under a Creative Commons license. ' +
    'Congressman Gerald E. Connolly died.';
  const mention = organisationIn(text);
  const actor = (name: string, type: Entity['type'], others: Mention[] = [], own = mention(name)) => {
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own, ...others]);
  };
  assert.equal(actor('Pass', 'person'), false);
  assert.equal(actor('Rubio', 'person'), true);
  assert.equal(actor('Netanyahu', 'person'), true);
  assert.equal(actor('Held', 'person'), false);
  assert.equal(actor('Justice', 'organisation', [mention('High Court', 'hc')]), false);
  assert.equal(actor('Constitutional Court', 'organisation'), true);
  assert.equal(actor('Change Central Council', 'person', [mention('Forces for Freedom', 'ff')]), false);
  assert.equal(actor('People’s Congress', 'organisation'), false);
  assert.equal(actor('DEI', 'organisation'), false);
  assert.equal(actor('FDA', 'organisation', [mention('Food and Drug Administration', 'fda')]), true);
  assert.equal(actor('Africano', 'person'), false);
  assert.equal(actor('Gerald', 'person'), false);
  assert.equal(actor('Gerald E. Connolly', 'person'), true);
  // A name cut before a name the tagger cut from it goes on; before a place it ends.
  assert.equal(actor('People’s Congress', 'organisation', [mention('Resistance', 'r')]), false);
  assert.equal(
    actor('People’s Congress', 'organisation', [{ ...mention('DC', 'dc'), type: 'place' }]),
    false,
  );
  assert.equal(actor('Congress', 'organisation', [{ ...mention('Resistance', 'r'), type: 'place' }]), true);
  // An expansion the reading typed as no actor (a policy, an idea) is no name either.
  assert.equal(
    actor('DEI', 'organisation', [{ ...mention('inclusion programs', 'x'), type: 'other' }]),
    false,
  );
  assert.deepEqual(contentMentions(text, [mention('The Conversation')], new Set()), []);
  assert.equal(contentMentions(text, [mention('Uber')], new Set()).length, 1);
  // A "sentence" of hundreds of words is a strip of headlines or a table, not prose.
  const strip = { start: 0, end: 601 };
  assert.deepEqual(contentMentions(text, [mention('Uber')], new Set(), [strip]), []);
  assert.equal(contentMentions(text, [mention('Uber')], new Set(), [{ start: 0, end: 600 }]).length, 1);
});

test('a name cut at a plural possessive, before a number or after "for the" is a piece of a longer name', () => {
  const text =
    'He appeared at Riverton Magistrates’ Court on Friday. The Eagles’ Jalen Hurts threw twice. ' +
    'A grant from the Northern Nurses’ Welfare Fund arrived. Hackers of Signal Unit 4471 struck. ' +
    'Harbour Rovers 12th in the table. The Global Institute for the Dryland Forests said so. ' +
    'Calls for the Atlantic Council to act grew. Greta Mills scored 3 goals for Harbour Rovers. ' +
    'Derby beat the Harbour Rovers 14-1 on Sunday. Tidings’ Dana Fox reported it. ' +
    'Signal Unit said nothing, and the Welfare Fund paid.';
  const mention = organisationIn(text);
  const actor = (name: string, type: Entity['type'], from = 0, others: Mention[] = []) => {
    const own = mention(name, 'e', from);
    const entity: Entity = { id: 'e', name, type, aliases: [name], roles: [], country: null, stands: null };
    return mayBeActor(entity, [own], text, [own, ...others]);
  };
  assert.equal(actor('Riverton Magistrates', 'organisation'), false);
  // A name of its own after the apostrophe leaves the team a name.
  assert.equal(
    actor('Eagles', 'organisation', 0, [{ ...mention('Jalen Hurts', 'jh'), type: 'person' }]),
    true,
  );
  assert.equal(actor('Welfare Fund', 'organisation'), false);
  assert.equal(actor('Signal Unit', 'organisation'), false);
  assert.equal(actor('Harbour Rovers', 'organisation'), false);
  assert.equal(actor('Dryland Forests', 'organisation'), false);
  // The same names where nothing cuts them, and a sentence opened by "Calls for the".
  assert.equal(actor('Signal Unit', 'organisation', text.indexOf('Signal Unit said')), true);
  assert.equal(actor('Welfare Fund', 'organisation', text.indexOf('Welfare Fund paid')), true);
  assert.equal(actor('Harbour Rovers', 'organisation', text.indexOf('Rovers.') - 8), true);
  assert.equal(actor('Atlantic Council', 'organisation'), true);
  // A score leaves the team whole; a name after a one-word name's possessive is a name of its own.
  assert.equal(actor('Harbour Rovers', 'organisation', text.indexOf('Rovers 14-1') - 8), true);
  assert.equal(actor('Dana Fox', 'organisation'), true);
  // A person's name is not cut by these ("Jones' Deputy", a goal count after a scorer).
  assert.equal(actor('Greta Mills', 'person'), true);
});

test('a name glued to a credit by a slash, a name across two blocks of a page, a programme and a thing of a kind are no actors', () => {
  // A photo credit run into the text without "credit:" is furniture on both sides of its slash; a country
  // on either side of a slash in prose still counts.
  const credits =
    'Efrem Lukatsky/AP Nadia Bay said on Sunday she was grateful. REUTERS/Ana Lima ' +
    'Talks on the Israel/Gaza border went on.';
  const inCredits = (name: string, type: Mention['type']) => mentionIn(credits, type)(name, name);
  const found = contentMentions(
    credits,
    [
      inCredits('Efrem Lukatsky', 'person'),
      inCredits('AP', 'organisation'),
      inCredits('Nadia Bay', 'person'),
      inCredits('Ana Lima', 'person'),
      inCredits('Israel', 'country'),
    ],
    new Set(),
  );
  assert.deepEqual(
    found.map((m) => m.text),
    ['Nadia Bay', 'Israel'],
  );
  // A page's blocks run together: the last cell of a scorecard and the next paragraph's first name.
  const blocks = actorIn("Lee 1-27 England won by eight wickets Scorecard  England's new era began.");
  assert.equal(blocks('Scorecard  England', 'person'), false);
  assert.equal(actorIn("England's new era began under Nat Lee.")('Nat Lee', 'person'), true);
  // "Press" of a programme's "Meet the Press" goes on before its "the"; a day, or a sentence's first word,
  // before "the" is no part of the name after it.
  const show = "Speaking on Channel 9's Meet the Press, Golan said the vote would wait.";
  assert.equal(actorIn(show)('Press', 'organisation'), false);
  assert.equal(
    actorIn('Officials said on Tuesday the Pentagon would wait.')('Pentagon', 'organisation'),
    true,
  );
  assert.equal(
    actorIn('The vote was put off. Later the Pentagon said it would wait.')('Pentagon', 'organisation'),
    true,
  );
  // "an AP" taken off someone is a thing of a kind (a watch); the agency reports.
  const watch = 'He said some kids took an AP off a man. He said that AP referred to a watch brand.';
  const aps = [0, 40].map((from) => mentionIn(watch, 'organisation')('AP', 'e', from));
  const ap: Entity = {
    id: 'e',
    name: 'AP',
    type: 'organisation',
    aliases: [],
    roles: [],
    country: null,
    stands: null,
  };
  assert.equal(aps[1]!.start, watch.indexOf('AP referred'));
  assert.equal(mayBeActor(ap, aps, watch, aps), false);
  assert.equal(actorIn('The AP reported the fire in the park.')('AP', 'organisation'), true);
});
