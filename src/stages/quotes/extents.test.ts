import assert from 'node:assert/strict';
import { test } from 'node:test';
import { content, speaker, cue, direction, quoteRows } from './quote-rows.js';

const rows = (text: string): string[] => quoteRows(text, content, speaker, cue, direction);

test('quotes: a participle of the speaker act after "said" is not what was said', () => {
  assert.deepEqual(
    rows('Harbour traffic fell by a third in April, Mayor Anna Keller said, citing customs data.'),
    ['Harbour traffic fell by a third in April | Anna Keller | said | indirect'],
  );
  assert.deepEqual(
    rows(
      'The ferry line will close in June, Anna Keller added on Monday, citing two officials, adding that "the decision is final."',
    ),
    [
      'The ferry line will close in June | Anna Keller | added | indirect',
      '"the decision is final." | Anna Keller | adding | indirect',
    ],
  );
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the harbour is the heart of the city, pointing to the long history of its shipyards.',
    ),
    ['the harbour is the heart of the city | Anna Keller | said | indirect'],
  );
  // A quotation closing what was said, its comma inside the marks, keeps its closing mark.
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the closure was the result of "human error," without providing further details.',
    ),
    ['the closure was the result of "human error," | Anna Keller | said | indirect'],
  );
  // A participle closed inside the clause said belongs to it.
  assert.deepEqual(
    rows('Mayor Anna Keller said the report, citing customs data, showed a sharp fall in traffic.'),
    ['the report, citing customs data, showed a sharp fall in traffic | Anna Keller | said | indirect'],
  );
});

test('quotes: where the speaker said it, told by a participle closing what was said, is not what was said', () => {
  assert.deepEqual(
    rows(
      'Mayor Anna Keller said the ferry would run all winter, speaking alongside her deputy at a meeting in Lyon.',
    ),
    ['the ferry would run all winter | Anna Keller | said | indirect'],
  );
  assert.deepEqual(rows('Mayor Anna Keller said the talks would resume, addressing the regional council.'), [
    'the talks would resume | Anna Keller | said | indirect',
  ]);
  // Negative: people speaking inside the clause said are what was said.
  assert.deepEqual(rows('Mayor Anna Keller said that people speaking at the meeting had been heard.'), [
    'people speaking at the meeting had been heard | Anna Keller | said | indirect',
  ]);
});

test('quotes: "…, X said, adding that …" reports the clause before the cue too, not a lone phrase', () => {
  assert.deepEqual(
    rows('The bridge will reopen in spring, Anna Keller said, adding that repairs were ahead of schedule.'),
    [
      'The bridge will reopen in spring | Anna Keller | said | indirect',
      'repairs were ahead of schedule | Anna Keller | adding | indirect',
    ],
  );
  // The occasion of speaking, or a verb taking its own object, says nothing before the participle.
  assert.deepEqual(
    rows('When asked about the closure, Anna Keller responded, saying, "We had no other choice."'),
    ['We had no other choice. | Anna Keller | saying | direct'],
  );
  assert.deepEqual(
    rows('The city council promised to rebuild the bridge, saying it would reopen in spring.'),
    ['to rebuild the bridge | - | promised | indirect', 'it would reopen in spring | - | saying | indirect'],
  );
});

test('quotes: "according to" reports the whole clause before it, a cue inside that clause included', () => {
  assert.deepEqual(
    rows('About 3,000 residents reported problems with the water supply, according to the utility Aquanet.'),
    ['About 3,000 residents reported problems with the water supply | - | according to | indirect'],
  );
});

test('quotes: the one told is not part of what was told', () => {
  assert.deepEqual(
    rows('Detective Tom Reyes told the jury "if the alarm had not sounded, nobody would have woken up".'),
    ['"if the alarm had not sounded, nobody would have woken up" | Tom Reyes | told | indirect'],
  );
  assert.deepEqual(rows('Detective Tom Reyes told the jury that the alarm had sounded twice.'), [
    'the alarm had sounded twice | Tom Reyes | told | indirect',
  ]);
  assert.deepEqual(rows('Detective Tom Reyes told the court he was born in Leeds.'), [
    'he was born in Leeds | Tom Reyes | told | indirect',
  ]);
  // "was told": the one told is the subject, and what follows is all what was told.
  assert.deepEqual(
    rows(
      'The court in Leeds was also told health officials are looking at "alternative legal mechanisms" to close the gap.',
    ),
    ['health officials are looking at "alternative legal mechanisms" to close the gap | - | told | indirect'],
  );
});

test('quotes: a photo caption run into the sentence ends at its credit', () => {
  assert.deepEqual(
    rows(
      'Mayor Anna Keller at the harbour in Rotterdam, May 2025. (credit: JAN DE VRIES) "The harbour will reopen in spring," Keller said, noting that repairs were ahead of schedule.',
    ),
    [
      'The harbour will reopen in spring | Anna Keller | said | direct',
      'repairs were ahead of schedule | Anna Keller | noting | indirect',
    ],
  );
});

test('quotes: a participle after "and" and a name has that name as its speaker', () => {
  assert.deepEqual(
    rows(
      'The play has had strong reviews, with the Guardian calling it "a triumph", and Le Monde describing it as "a quiet masterpiece".',
    ),
    [
      'it "a triumph" | Guardian | calling | indirect',
      'it as "a quiet masterpiece" | Le Monde | describing | indirect',
    ],
  );
});

test('quotes: a relative after a cue set off by commas goes on with the clause before it, what was said whole', () => {
  assert.deepEqual(
    rows(
      'It is the older buyers, who hold most of the savings, Keller said, where the firm sees the most interest.',
    ),
    [
      'It is the older buyers, who hold most of the savings, Keller said, where the firm sees the most interest | Keller | said | indirect',
    ],
  );
  // Negative: a relative right after the cue is what was said, as it stands.
  assert.deepEqual(rows('Mayor Anna Keller said which ferry lines would reopen in June.'), [
    'which ferry lines would reopen in June | Anna Keller | said | indirect',
  ]);
});

test('quotes: a cue in a clause opened by "while" reports that clause, not the main clause after it', () => {
  assert.deepEqual(rows('While Anna Keller said the port would close, the council kept it open.'), [
    'the port would close | Anna Keller | said | indirect',
  ]);
  // Negative: clauses after a comma with no subordinator before the cue are all what was said.
  assert.deepEqual(
    rows('Anna Keller said the port would close, the council would meet and the ferry would stop.'),
    ['the port would close, the council would meet and the ferry would stop | Anna Keller | said | indirect'],
  );
});
