import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents, eventRows as events } from './events-fixture.js';

/**
 * How far a clause's words reach: a "did not" over coordinated verbs, an opening participle's voice, a
 * hazard as doer, and what is looked forward to, hung on or set a deadline.
 */
function read(text: string): unknown[][] {
  return codedEvents(text).map((e) => [e.type, e.mode, e.trigger.text, e.sources, e.targets, e.confidence]);
}

test('a "did not" or a modal is shared only by a coordinated verb in the bare form it governs', () => {
  assert.deepEqual(read('Iran did not attend the talks and rejected the proposal.'), [
    ['CONSULT', 'denied', 'talks', ['Iran/IRN/null'], [], 0.26],
    ['REJECT', 'asserted', 'rejected', ['Iran/IRN/null'], [], 0.45],
  ]);
  // Negative cases: bare verbs under one "did not" or "will not" are denied together.
  assert.deepEqual(read('Russia did not attack Ukraine or seize its ports.'), [
    ['FIGHT', 'denied', 'attack', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.58],
    ['COERCE', 'denied', 'seize', ['Russia/RUS/null'], [], 0.29],
  ]);
  assert.deepEqual(read('Russia will not attack Ukraine and seize Kyiv.'), [
    ['FIGHT', 'denied', 'attack', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.58],
    ['COERCE', 'denied', 'seize', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government'], 0.58],
  ]);
});

test('an opening past participle, or one after "with", is done to its noun, not by it', () => {
  // The attack is the clause's own event, which the opening frame hangs on and does not take in (hidden:
  // no one attacked is named).
  assert.deepEqual(read('Backed by Iran, the Houthis attacked ships in the Red Sea.'), [
    ['SUPPORT', 'asserted', 'Backed', ['Iran/IRN/null'], ['Houthis/YEM/null'], 0.62],
    ['ASSAULT', 'asserted', 'attacked', ['Houthis/YEM/null'], [], 0.19],
  ]);
  assert.deepEqual(read('Accused by Russia of sabotage, Ukraine rejected the claims.'), [
    ['ACCUSE', 'asserted', 'Accused', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.62],
    ['REJECT', 'asserted', 'rejected', ['Ukraine/UKR/null'], [], 0.45],
  ]);
  assert.deepEqual(read('With Hamas leaders arrested by Israel, the talks stalled.'), [
    ['COERCE', 'asserted', 'arrested', ['Israel/ISR/null'], ['Hamas/PSE/government'], 0.62],
  ]);
  // Negative cases: a participle in -ing acts as its subject does, and "after meeting" shares the subject.
  assert.deepEqual(read('With Russia attacking Ukraine, prices rose.'), [
    ['FIGHT', 'asserted', 'attacking', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.62],
  ]);
  // (Full names: in so short a text the name tagger reads the bare surnames as places.)
  // The meeting is Trump's: the gerund is done by the subject of the clause it opens.
  assert.deepEqual(read('After meeting Vladimir Putin, Donald Trump criticized Volodymyr Zelensky.'), [
    ['CONSULT', 'asserted', 'meeting', ['Donald Trump/null/null'], ['Vladimir Putin/null/null'], 0.49],
    [
      'DISAPPROVE',
      'asserted',
      'criticized',
      ['Donald Trump/null/null'],
      ['Volodymyr Zelensky/null/null'],
      0.49,
    ],
  ]);
});

test('what an earthquake or an illness strikes or kills is no event', () => {
  assert.deepEqual(read('The earthquake struck Myanmar on Friday.'), []);
  assert.deepEqual(read('Rabies still kills thousands in Kenya.'), []);
  // Negative case: a weapon's strike is its owner's.
  assert.deepEqual(read('A Russian missile struck Kyiv.'), [
    ['FIGHT', 'asserted', 'struck', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government'], 0.62],
  ]);
});

test('what is looked forward to, hung on, set a deadline or done in partnership with what is planned is not done', () => {
  assert.deepEqual(read('Egypt is looking forward to cooperating with China.'), [
    ['COOPERATE', 'planned', 'cooperating', ['Egypt/EGY/null'], ['China/CHN/null'], 0.58],
  ]);
  assert.deepEqual(read('Depending on what the US and Japan discuss, the yen could rise.'), [
    ['CONSULT', 'hypothetical', 'discuss', ['United States/USA/null', 'Japan/JPN/null'], [], 0.51],
  ]);
  assert.deepEqual(read('The July 9 deadline for talks between Iran and the United States passed.'), [
    ['CONSULT', 'planned', 'talks', ['Iran/IRN/null', 'United States/USA/null'], [], 0.66],
  ]);
  assert.deepEqual(read('Kazakhstan will host a summit in partnership with the United Nations.'), [
    ['CONSULT', 'planned', 'host', ['Kazakhstan/KAZ/null'], ['United Nations/null/international'], 0.53],
    [
      'COOPERATE',
      'planned',
      'partnership',
      ['Kazakhstan/KAZ/null'],
      ['United Nations/null/international'],
      0.49,
    ],
  ]);
  // Negative cases: the same told as done.
  assert.deepEqual(read('Egypt is cooperating with China.'), [
    ['COOPERATE', 'asserted', 'cooperating', ['Egypt/EGY/null'], ['China/CHN/null'], 0.62],
  ]);
  assert.deepEqual(read('The US and Japan discussed trade, and the yen rose.'), [
    ['CONSULT', 'asserted', 'discussed', ['United States/USA/null', 'Japan/JPN/null'], [], 0.55],
  ]);
});

test('an event noun a decision, a vote or talks are about is being settled, not done', () => {
  assert.deepEqual(read('No decision was made on sanctions against Iran.'), [
    ['SANCTION', 'hypothetical', 'sanctions', [], ['Iran/IRN/null'], 0.26],
  ]);
  assert.deepEqual(
    read('No decision was made regarding the granting of American approval for a Saudi nuclear program.'),
    [['SUPPORT', 'hypothetical', 'approval', ['United States/USA/null'], ['Saudi Arabia/SAU/null'], 0.53]],
  );
  assert.deepEqual(read('The talks on a ceasefire between Israel and Hamas resumed.'), [
    ['AGREE', 'hypothetical', 'ceasefire', ['Israel/ISR/null', 'Hamas/PSE/null'], [], 0.51],
  ]);
  // Negative cases: sanctions imposed, an attack made.
  assert.deepEqual(read('The EU imposed sanctions on Iran after the decision.'), [
    ['SANCTION', 'asserted', 'sanctions', ['European Union/null/international'], ['Iran/IRN/null'], 0.61],
  ]);
  assert.deepEqual(read('Russia made an attack on Ukraine.'), [
    ['FIGHT', 'asserted', 'attack', ['Russia/RUS/null'], ['Ukraine/UKR/null'], 0.58],
  ]);
});

test('a frame hung on a predicate is its phrase, not its content: it takes in nothing of it', () => {
  // Before: "warnings" took in the refusal and the lifting after it, leaving the curfew asserted.
  assert.deepEqual(
    events(
      'Despite warnings by aid agencies, the Israeli government is refusing to lift the curfew on Palestinians.',
    ),
    [['REJECT', 'asserted', 'refusing', ['Israel/ISR/government'], ['Palestine/PSE/civilians']]],
  );
  assert.deepEqual(events('Despite threats from Iran, the Israeli army refused to withdraw from Lebanon.'), [
    ['REJECT', 'asserted', 'refused', ['Israel/ISR/military'], ['Lebanon/LBN/null']],
  ]);
  // Negative: a frame still takes in its own complement.
  assert.deepEqual(events('Israel threatened to attack Hezbollah.'), [
    ['THREATEN', 'asserted', 'threatened', ['Israel/ISR/null'], ['Hezbollah/LBN/null']],
  ]);
});
