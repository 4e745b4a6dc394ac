import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../core/analysis.js';
import { analyzeText } from '../../pipeline/reading.js';
import { findQuotes } from './index.js';

const quotesOf = (text: string, published: string | null = '2025-03-12'): Quote[] =>
  findQuotes(analyzeText(text, published));

/** A quote as a row: content | speaker | source | cue | direct. */
const row = (q: Quote): string =>
  [
    q.content.text,
    q.speaker ?? '-',
    q.source?.text ?? '-',
    q.cue?.text ?? '-',
    q.direct ? 'direct' : 'indirect',
  ].join(' | ');

const rows = (text: string): string[] => quotesOf(text).map(row);

test('quotes: curly and straight marks, the speaker after or before the quote', () => {
  assert.deepEqual(rows('“The harbour will reopen in spring,” Anna Keller said.'), [
    'The harbour will reopen in spring | Anna Keller | Anna Keller | said | direct',
  ]);
  assert.deepEqual(rows('"The harbour will reopen in spring," said Anna Keller.'), [
    'The harbour will reopen in spring | Anna Keller | Anna Keller | said | direct',
  ]);
  assert.deepEqual(rows('Anna Keller said: “The harbour will reopen in spring.”'), [
    'The harbour will reopen in spring. | Anna Keller | Anna Keller | said | direct',
  ]);
});

test('quotes: a split quote gives one quote per part, both attributed', () => {
  assert.deepEqual(rows('“We will not retreat,” Anna Keller said, “and we will rebuild the bridge.”'), [
    'We will not retreat | Anna Keller | Anna Keller | said | direct',
    'and we will rebuild the bridge. | Anna Keller | Anna Keller | said | direct',
  ]);
});

test('quotes: a quote over several sentences, and one running into the next paragraph', () => {
  assert.deepEqual(rows('“The talks went well. We meet again in May,” Anna Keller added.'), [
    'The talks went well. We meet again in May | Anna Keller | Anna Keller | added | direct',
  ]);
  const text =
    'Mayor Tom Reyes spoke for an hour.\n\n“The harbour must reopen this year.\n\n“Every week lost costs us jobs,” Reyes said.';
  const [quote, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.equal(quote?.content.text, 'The harbour must reopen this year.\n\n“Every week lost costs us jobs');
  assert.equal(quote?.speaker, 'Tom Reyes');
});

test('quotes: a partial quote inside reported speech is reported speech holding the quoted words', () => {
  assert.deepEqual(
    rows('Finance Minister Clara Voss said the budget was “reasonably good” but incomplete.'),
    [
      'the budget was “reasonably good” but incomplete | Clara Voss | Finance Minister Clara Voss | said | indirect',
    ],
  );
  assert.deepEqual(rows('Clara Voss said that “the budget is sound.”'), [
    '“the budget is sound.” | Clara Voss | Clara Voss | said | indirect',
  ]);
  assert.deepEqual(rows('Clara Voss said on Monday, “The budget is sound.”'), [
    'The budget is sound. | Clara Voss | Clara Voss | said | direct',
  ]);
});

test('quotes: scare quotes and titles no cue governs are not quotes', () => {
  assert.deepEqual(rows('The so-called “peace dividend” never arrived.'), []);
  assert.deepEqual(rows('Clara Voss appeared on “Morning Report” with two guests.'), []);
});

test('quotes: indirect speech, its content the reported clause', () => {
  assert.deepEqual(rows('Central bank governor Ilse Brandt said that rates would stay unchanged.'), [
    'rates would stay unchanged | Ilse Brandt | Central bank governor Ilse Brandt | said | indirect',
  ]);
  assert.deepEqual(rows('Peter Lang told reporters the vote would be delayed.'), [
    'the vote would be delayed | Peter Lang | Peter Lang | told | indirect',
  ]);
  assert.deepEqual(rows('According to Ilse Brandt, inflation will fall next year.'), [
    'inflation will fall next year | Ilse Brandt | Ilse Brandt | According to | indirect',
  ]);
  assert.deepEqual(rows('Inflation will fall next year, Ilse Brandt warned.'), [
    'Inflation will fall next year | Ilse Brandt | Ilse Brandt | warned | indirect',
  ]);
  assert.deepEqual(rows('It was announced by Ilse Brandt that the bank would close.'), [
    'the bank would close | Ilse Brandt | Ilse Brandt | was announced | indirect',
  ]);
});

test('quotes: "announced" and "confirmed" report speech only with a clause or a quote', () => {
  assert.deepEqual(rows('Ilse Brandt announced new sanctions on Monday.'), []);
  assert.deepEqual(rows('The member states of the union met in Brussels.'), []);
});

test('quotes: "he remarked" goes to the person of the sentence before', () => {
  const text =
    'On Monday, Prime Minister Ravi Menon stated that the plan was final.\n“We will not change it,” he remarked.';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map(row), [
    'the plan was final | Ravi Menon | Prime Minister Ravi Menon | stated | indirect',
    'We will not change it | Ravi Menon | he | remarked | direct',
  ]);
  assert.equal(quotes[0]?.date, '2025-03-10');
  assert.equal(quotes[1]?.date, null);
});

test('quotes: a quote with no speaker stays, with null speaker; an unnamed source is not guessed', () => {
  assert.deepEqual(rows('The river rose overnight.\n\n“Nobody expected the water to come so fast.”'), [
    'Nobody expected the water to come so fast. | - | - | - | direct',
  ]);
  assert.deepEqual(rows('“We are ready for talks,” a senior official said.'), [
    'We are ready for talks | - | a senior official | said | direct',
  ]);
});

test('quotes: channel and date of the speech act', () => {
  const [onX] = quotesOf('Ravi Menon wrote on X on Tuesday that the deal was done.');
  assert.equal(onX?.channel, 'X');
  assert.equal(onX?.date, '2025-03-11');
  assert.equal(onX?.content.text, 'the deal was done');
  const [toReuters] = quotesOf('“It is over,” Ravi Menon told Reuters on Wednesday.');
  assert.equal(toReuters?.channel, 'Reuters');
  assert.equal(toReuters?.date, '2025-03-12');
  const [statement] = quotesOf('The ministry said in a statement that the border would reopen.');
  assert.equal(statement?.channel, 'a statement');
  assert.equal(statement?.speaker, null);
  const [show] = quotesOf('Ravi Menon said on Fox News that the talks had failed.');
  assert.equal(show?.channel, 'Fox News');
  assert.equal(show?.speaker, 'Ravi Menon');
});

test('quotes: every span is its text at its offsets', () => {
  const text =
    'Anna Keller said: “We will not retreat.”\n“Nor will we wait,” she added, “for anyone.”\n' +
    'According to Ravi Menon, the talks failed. Peter Lang told reporters on Monday that it was "a farce".';
  const quotes = quotesOf(text);
  assert.ok(quotes.length >= 5);
  for (const q of quotes) {
    for (const span of [q.content, q.source, q.cue])
      if (span) assert.equal(text.slice(span.start, span.end), span.text);
  }
});

test('quotes: a quote carrying on an unnamed speaker keeps the words that named it', () => {
  assert.deepEqual(rows('“We are ready for talks,” the spokesman said. “The border stays open.”'), [
    'We are ready for talks | - | the spokesman | said | direct',
    'The border stays open. | - | the spokesman | - | direct',
  ]);
  assert.deepEqual(
    rows('The plan would fail, Peter Lang told reporters.\n“This is irresponsible and dangerous.”'),
    [
      'The plan would fail | Peter Lang | Peter Lang | told | indirect',
      'This is irresponsible and dangerous. | Peter Lang | Peter Lang | - | direct',
    ],
  );
});

test('quotes: the cue after a quote ending its own sentence or a clause', () => {
  assert.deepEqual(rows('“The harbour will reopen in spring.” Anna Keller said.'), [
    'The harbour will reopen in spring. | Anna Keller | Anna Keller | said | direct',
  ]);
  assert.deepEqual(rows('Teachers “want smaller classes and better pay,” Anna Keller said.'), [
    'Teachers “want smaller classes and better pay,” | Anna Keller | Anna Keller | said | indirect',
  ]);
});

test('quotes: an opening mark typed where a closing one belongs closes the quote', () => {
  assert.deepEqual(rows('“It is unusual,“ said Anna Keller. “It is hard to do.”'), [
    'It is unusual | Anna Keller | Anna Keller | said | direct',
    'It is hard to do. | Anna Keller | Anna Keller | - | direct',
  ]);
});

test('quotes: phrasal and further reporting verbs', () => {
  assert.deepEqual(rows('“We will win this vote,” Anna Keller shot back.'), [
    'We will win this vote | Anna Keller | Anna Keller | shot back | direct',
  ]);
  assert.deepEqual(rows('As Peter Lang pointed out, “the budget is empty.”'), [
    'the budget is empty. | Peter Lang | Peter Lang | pointed out | direct',
  ]);
  assert.deepEqual(rows('Clara Voss proclaimed: “The budget is balanced.”'), [
    'The budget is balanced. | Clara Voss | Clara Voss | proclaimed | direct',
  ]);
});

test('quotes: a participle’s speaker is the subject opening its sentence, or the one after "with"', () => {
  assert.deepEqual(rows('The town released a statement on Monday, saying the figures were “simply wrong.”'), [
    'the figures were “simply wrong.” | - | The town | saying | indirect',
  ]);
  assert.deepEqual(rows('Protesters gathered outside, with Anna Keller shouting: “Go home now!”'), [
    'Go home now! | Anna Keller | Anna Keller | shouting | direct',
  ]);
});

test('quotes: a bracketed party label and a day stay out of the way of the subject', () => {
  assert.deepEqual(rows('Sen. Clara Voss (D-Ore.) said the bill was “dead on arrival.”'), [
    'the bill was “dead on arrival.” | Clara Voss | Sen. Clara Voss (D-Ore.) | said | indirect',
  ]);
  assert.deepEqual(
    rows('Clara Voss, who chairs the committee, on Friday described the bill as “dead on arrival.”'),
    [
      'the bill as “dead on arrival.” | Clara Voss | Clara Voss, who chairs the committee | described | indirect',
    ],
  );
});

test('quotes: "he" is never a person named only inside the quote', () => {
  assert.deepEqual(rows('“Anna Keller is wrong,” he said.'), [
    'Anna Keller is wrong | - | he | said | direct',
  ]);
});

test('quotes: the subject of the speech verb, read from the tree, names a speaker the words before it do not', () => {
  assert.deepEqual(
    rows(
      'Anna Keller, former mayor of Bremen and founder of the Port Trust, said:“We will rebuild the harbour.”',
    ),
    // The subject's own words before the aside are the source (see `subjectBeforeAside` in frames.ts).
    ['We will rebuild the harbour. | Anna Keller | Anna Keller | said | direct'],
  );
  assert.deepEqual(
    rows(
      'Anna Keller, Executive Director of the Centre for Ports, Trade, and Shipping, said the harbour would reopen in spring.',
    ),
    [
      'the harbour would reopen in spring | Anna Keller | Anna Keller, Executive Director of the Centre for Ports, Trade, and Shipping | said | indirect',
    ],
  );
  // An organisation speaks through its spokesperson; a person's aide is not that person.
  assert.deepEqual(rows('A Port Authority spokesperson said the harbour would reopen in spring.'), [
    'the harbour would reopen in spring | Port Authority | A Port Authority spokesperson | said | indirect',
  ]);
  assert.deepEqual(rows('A Keller aide said the harbour would reopen in spring.'), [
    'the harbour would reopen in spring | - | A Keller aide | said | indirect',
  ]);
});

test('quotes: a reporting word the tree reads as a noun phrase reports nothing, nor ends what a verb reports', () => {
  assert.deepEqual(
    rows('She said that to prevent shortages, restocking systems must be responsive to local demand.'),
    [
      'to prevent shortages, restocking systems must be responsive to local demand | - | She | said | indirect',
    ],
  );
  assert.deepEqual(
    rows(
      'Sarah Mitchell stressed that in a time of rumours and rapid change, including new apps, careful ' +
        'reporting is more valuable than ever.',
    ),
    [
      'in a time of rumours and rapid change, including new apps, careful reporting is more valuable than ever | ' +
        'Sarah Mitchell | Sarah Mitchell | stressed | indirect',
    ],
  );
  assert.deepEqual(rows('Spending will need 18 states, including Ghana and Kenya.'), []);
  // A report noun with its that-clause is reported speech.
  assert.deepEqual(rows('The report states that wages have fallen.'), [
    'wages have fallen | - | The report | states | indirect',
  ]);
});

test('quotes: a state body speaks for its country; an official or a source does not', () => {
  assert.deepEqual(rows('The UK government said the harbour would reopen in spring.'), [
    'the harbour would reopen in spring | United Kingdom | The UK government | said | indirect',
  ]);
  assert.deepEqual(rows('German authorities said on Wednesday that the harbour would reopen.'), [
    'the harbour would reopen | Germany | German authorities | said | indirect',
  ]);
  assert.deepEqual(rows('A Turkish security source said the talks had failed.'), [
    'the talks had failed | - | A Turkish security source | said | indirect',
  ]);
});

test('quotes: a relative pronoun says for the noun it stands for; a participle or a second verb for its head’s subject', () => {
  assert.deepEqual(
    [
      'He was sanctioned by the US Treasury, which said he had been a fixer for the regime.',
      'Asked about the blast, Sergey Lavrov said the attack was planned.',
      'Sergey Lavrov criticised the plan and said the attack was planned.',
      // A subject not naming anyone the article knows stays unresolved.
      'Asked about the blast, the minister said the attack was planned.',
    ].map((text) => quotesOf(text).map((q) => [q.content.text, q.speaker])),
    [
      [['he had been a fixer for the regime', 'US Treasury']],
      [['the attack was planned', 'Sergey Lavrov']],
      [['the attack was planned', 'Sergey Lavrov']],
      [['the attack was planned', null]],
    ],
  );
});

test('quotes: "he" in the next sentence is the person the main clause was about, not the first one named', () => {
  const text =
    'After Omar Haddad was arrested by the police, his sister Leila Haddad spoke at a rally in Lyon. ' +
    '"The arrest was a mistake," she said.';
  assert.deepEqual(rows(text), ['The arrest was a mistake | Leila Haddad | she | said | direct']);
  // With no person as the main clause's subject, the first person named still answers.
  assert.deepEqual(
    rows('The rally in Lyon was called by Leila Haddad after the arrest. "It was a mistake," she said.'),
    ['It was a mistake | Leila Haddad | she | said | direct'],
  );
});

test('quotes: "…, said X, title" reports what stands before the verb; the words after the speaker describe him', () => {
  assert.deepEqual(
    rows('Prices could fall further, said Tom Berger, senior fellow at the Harbour Institute.'),
    ['Prices could fall further | Tom Berger | Tom Berger | said | indirect'],
  );
  assert.deepEqual(rows('That is worrying, says Prof Anna Keller, a scientist at the Lyon Institute.'), [
    'That is worrying | Anna Keller | Prof Anna Keller | says | indirect',
  ]);
  // Naming is not saying.
  assert.deepEqual(rows('Burgundy also makes a sparkling wine, called Crémant, and some rosé.'), []);
});

test('quotes: "responded to" and "responding to" report words only with "that", a colon or a quotation', () => {
  assert.deepEqual(
    rows('In the northern city, police responded to the strike with arrests and tear gas.'),
    [],
  );
  assert.deepEqual(
    rows(
      'The central bank confirmed it was still printing notes, responding to speculation about the currency.',
    ),
    [],
  );
  assert.deepEqual(rows('Anna Keller responded that the harbour would reopen in spring.'), [
    'the harbour would reopen in spring | Anna Keller | Anna Keller | responded | indirect',
  ]);
  assert.deepEqual(rows('"The harbour will reopen," Anna Keller replied.'), [
    'The harbour will reopen | Anna Keller | Anna Keller | replied | direct',
  ]);
});

test('quotes: a name given by "called" with no one calling it so is no quote; a label someone gives stays', () => {
  assert.deepEqual(
    rows('The company sells a premium plan, called "Harbour Plus," for ten euros a month.'),
    [],
  );
  assert.deepEqual(rows('Called "mini-harbours" by engineers, the docks float on the lake.'), []);
  assert.deepEqual(rows('The mayor rejected what Anna Keller called "a disgrace".'), [
    'a disgrace | Anna Keller | The mayor rejected what Anna Keller | called | direct',
  ]);
});

test('quotes: the addressee and the day after the cue are not what was said; "in that area" opens no clause', () => {
  assert.deepEqual(rows('Sales rose by a tenth last year, Anna Keller told CNBC.'), [
    'Sales rose by a tenth last year | Anna Keller | Anna Keller | told | indirect',
  ]);
  assert.deepEqual(rows('Anna Keller told the BBC the harbour would reopen in spring.'), [
    'the harbour would reopen in spring | Anna Keller | Anna Keller | told | indirect',
  ]);
  assert.deepEqual(rows('The harbour will reopen in spring, Anna Keller said Wednesday.'), [
    'The harbour will reopen in spring | Anna Keller | Anna Keller | said | indirect',
  ]);
  assert.deepEqual(
    rows('Tom Berger said the arms race is a big reason for firms to spend more in that area.'),
    [
      'the arms race is a big reason for firms to spend more in that area | Tom Berger | Tom Berger | said | indirect',
    ],
  );
  // One word is no report: "most economists say otherwise".
  assert.deepEqual(rows('Shoppers will not pay the tariffs, even as most economists say otherwise.'), []);
});

test('quotes: "commented" reports the quotation after it, a verb naming a topic between', () => {
  assert.deepEqual(rows('Midfielder Tomas Ferreira commented on the draw, “It was very disappointing.”'), [
    'It was very disappointing. | Tomas Ferreira | Midfielder Tomas Ferreira | commented | direct',
  ]);
  assert.deepEqual(rows('Tomas Ferreira commented on the draw after the match.'), []);
});

test('quotes: what was asked or urged, without the one asked; a label keeps what it names', () => {
  assert.deepEqual(rows('Sarah Mitchell asked the harbour board to "reopen the ferry before winter".'), [
    'to "reopen the ferry before winter" | Sarah Mitchell | Sarah Mitchell | asked | indirect',
  ]);
  assert.deepEqual(rows('Sarah Mitchell called the ferry plan "a costly mistake".'), [
    'the ferry plan "a costly mistake" | Sarah Mitchell | Sarah Mitchell | called | indirect',
  ]);
});

test('quotes: "and" or "but" joining a second verb ends what the first one reported', () => {
  assert.deepEqual(
    rows('Sarah Mitchell called the ferry plan "a costly mistake" and publicly urged the board to drop it.'),
    ['the ferry plan "a costly mistake" | Sarah Mitchell | Sarah Mitchell | called | indirect'],
  );
  assert.deepEqual(
    rows('Sarah Mitchell said the ferry would stay open, and added that fares would not rise.'),
    [
      'the ferry would stay open | Sarah Mitchell | Sarah Mitchell | said | indirect',
      'fares would not rise | Sarah Mitchell | Sarah Mitchell | added | indirect',
    ],
  );
});

test('quotes: who was told is not what was said, with a quotation inside the reported clause too', () => {
  assert.deepEqual(rows('The Harbour Trust told us the ferry was "safe and on time".'), [
    'the ferry was "safe and on time" | Harbour Trust | The Harbour Trust | told | indirect',
  ]);
});

test('quotes: a "that" after a clause of its own is that clause\'s; an apposition after "according to X" is not what X reported', () => {
  assert.deepEqual(
    rows('His lawyer Paul Reyes said he had asked Smith if he admitted that the diaries were true.'),
    [
      'he had asked Smith if he admitted that the diaries were true | Paul Reyes | His lawyer Paul Reyes | said | indirect',
    ],
  );
  assert.deepEqual(rows('Paul Reyes said on Monday that the diaries were true.'), [
    'the diaries were true | Paul Reyes | Paul Reyes | said | indirect',
  ]);
  assert.deepEqual(
    rows(
      'Three harbour towns lead the list, according to Coastwatch, a charity that ranks seaside resorts.',
    ).map((r) => r.split(' | ')[0]),
    ['Three harbour towns lead the list'],
  );
  assert.deepEqual(
    rows('According to Coastwatch, the harbour towns lead the list.').map((r) => r.split(' | ')[0]),
    ['the harbour towns lead the list'],
  );
});

test('quotes: a name after the verb with a verb of its own is the subject of what was said, not an inverted speaker', () => {
  assert.deepEqual(
    rows(
      'Former mayor Peter Lindqvist, who built the ferry line when young, said Anna Keller was "right" to close it.',
    ),
    [
      'Anna Keller was "right" to close it | Peter Lindqvist | Former mayor Peter Lindqvist | said | indirect',
    ],
  );
  // Negative: an inverted speaker after what was said, with or without words after the name.
  assert.deepEqual(rows('The ferry line will close in June, said Anna Keller on Tuesday.'), [
    'The ferry line will close in June | Anna Keller | Anna Keller | said | indirect',
  ]);
});
