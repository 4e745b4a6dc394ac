import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('what a party stands ready for, or is on the verge of, has not happened', () => {
  assert.deepEqual(read('Israel is on the verge of a new offensive against Hamas.'), [
    ['FIGHT', 'planned', 'offensive', ['Israel/ISR/null'], ['Hamas/PSE/null']],
  ]);
  assert.deepEqual(read('Ukraine is ready for talks with Russia.'), [
    ['CONSULT', 'proposed', 'talks with', ['Ukraine/UKR/null'], ['Russia/RUS/null']],
  ]);
  assert.deepEqual(read('Ukraine held talks with Russia on Monday.'), [
    ['CONSULT', 'asserted', 'held talks', ['Ukraine/UKR/null'], ['Russia/RUS/null']],
  ]);
  // A visit that ended happened; one that was cancelled did not.
  assert.deepEqual(read("Donald Trump's visit to Saudi Arabia ended on Thursday."), [
    ['CONSULT', 'asserted', 'visit', ['Donald Trump/null/null'], ['Saudi Arabia/SAU/null']],
  ]);
  assert.deepEqual(read("Donald Trump's visit to Saudi Arabia was cancelled."), [
    ['CONSULT', 'called-off', 'visit', ['Donald Trump/null/null'], ['Saudi Arabia/SAU/null']],
  ]);
});

test('an infinitive of possibility says what may be done; of impossibility, what is not', () => {
  assert.deepEqual(read('Russia is able to attack Ukraine.'), [
    ['FIGHT', 'hypothetical', 'attack', ['Russia/RUS/null'], ['Ukraine/UKR/null']],
  ]);
  assert.deepEqual(read('The Israeli army has a right to disarm Hezbollah.'), [
    ['RETREAT', 'hypothetical', 'disarm', ['Israel/ISR/military'], ['Hezbollah/LBN/null']],
  ]);
  assert.deepEqual(read('Russia was unable to attack Kyiv.'), [
    ['FIGHT', 'denied', 'attack', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
  ]);
  // Negative: an infinitive of purpose or decision keeps its own mode.
  assert.deepEqual(read('Russia decided to attack Kyiv.'), [
    ['FIGHT', 'planned', 'attack', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
  ]);
});

test('what is asked about is not told: whether-clauses, "asked if", "about" with a gerund, yes-no questions', () => {
  assert.deepEqual(read('Reporters asked whether Russia attacked Kyiv.'), [
    ['FIGHT', 'hypothetical', 'attacked', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
  ]);
  assert.deepEqual(read('Reporters asked if Russia had attacked Kyiv.'), [
    ['FIGHT', 'hypothetical', 'attacked', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
  ]);
  assert.deepEqual(read('Ukraine talked about attacking Moscow.'), [
    ['FIGHT', 'hypothetical', 'attacking', ['Ukraine/UKR/null'], ['Government of Russia/RUS/government']],
  ]);
  assert.deepEqual(read('Will Russia attack Kyiv?'), [
    ['FIGHT', 'hypothetical', 'attack', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
  ]);
  // Negative: a wh-question takes its event as given; an adverbial clause of time is told.
  assert.deepEqual(read('Why did Russia attack Kyiv?'), [
    ['FIGHT', 'asserted', 'attack', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
  ]);
  assert.deepEqual(read('Russia attacked Kyiv after Ukraine shelled Belgorod.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/null'], ['Government of Ukraine/UKR/government']],
    ['FIGHT', 'asserted', 'shelled', ['Government of Ukraine/UKR/government'], ['Russia/RUS/null']],
  ]);
});

test('the place a visit is paid in is its host, and who travels on it pays it; a meeting place is no party', () => {
  assert.deepEqual(
    read("Jordan's foreign minister Ayman Safadi arrived in Damascus on Monday on a working visit."),
    [['CONSULT', 'asserted', 'visit', ['Ayman Safadi/JOR/government'], ['Damascus/SYR/null']]],
  );
  assert.deepEqual(read('Khamenei met Iranian nuclear officials in Tehran on Monday.'), [
    ['CONSULT', 'asserted', 'met', ['Khamenei/null/null'], ['Iran/IRN/government']],
  ]);
});

test('what is hoped, expected, feared or forecast is not asserted; one hoping to act plans it', () => {
  assert.deepEqual(read('Germany is likely to sign a trade deal with Japan.'), [
    ['SUPPORT', 'hypothetical', 'sign', ['Germany/DEU/null'], ['Japan/JPN/null']],
  ]);
  assert.deepEqual(read('Germany is likely to want to meet Japan.'), [
    ['CONSULT', 'hypothetical', 'meet', ['Germany/DEU/null'], ['Japan/JPN/null']],
  ]);
  assert.deepEqual(read('Germany hopes Japan signs the deal soon.'), [
    ['SUPPORT', 'hypothetical', 'signs', ['Japan/JPN/null'], []],
  ]);
  assert.deepEqual(read('Analysts expect Iran to attack Israel.'), [
    ['FIGHT', 'hypothetical', 'attack', ['Iran/IRN/null'], ['Israel/ISR/null']],
  ]);
  // A party hoping or expecting to act itself plans it.
  assert.deepEqual(read('Germany hopes to sign a trade deal with Japan.'), [
    ['SUPPORT', 'planned', 'sign', ['Germany/DEU/null'], ['Japan/JPN/null']],
  ]);
  // Negative: what a party says happened stays asserted.
  assert.deepEqual(read('Germany said Japan signed the deal.'), [
    ['SUPPORT', 'asserted', 'signed', ['Japan/JPN/null'], []],
  ]);
});

test('what a party swears to do is vowed, not done', () => {
  assert.deepEqual(read('Hamas swore to attack Israel.'), [
    ['ASSAULT', 'proposed', 'attack', ['Hamas/PSE/null'], ['Israel/ISR/null']],
  ]);
  // Negative: an attack it carried out is asserted.
  assert.deepEqual(read('Hamas attacked Israel.'), [
    ['ASSAULT', 'asserted', 'attacked', ['Hamas/PSE/null'], ['Israel/ISR/null']],
  ]);
});

test('a date looking forward from the story makes its clause planned; "the next day" of a story told does not', () => {
  assert.deepEqual(read('The talks between Ukraine and Russia in Istanbul next week.'), [
    ['CONSULT', 'planned', 'talks', ['Ukraine/UKR/null', 'Russia/RUS/null'], []],
  ]);
  assert.deepEqual(read('Russian troops attacked Ukrainian positions the next day.'), [
    ['FIGHT', 'asserted', 'attacked', ['Russia/RUS/military'], ['Ukraine/UKR/null']],
  ]);
});
