import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedEvents } from './events-fixture.js';

/** Each event as [type, trigger, sources, targets, shown by default]. */
const shown = (text: string) =>
  codedEvents(text).map((e) => [e.type, e.trigger.text, e.sources, e.targets, e.confidence >= 0.5]);

test('a town named only as where force was used is the scene, not a party: the event stays hidden', () => {
  assert.deepEqual(shown('Israeli jets struck targets in Gaza on Monday.'), [
    ['FIGHT', 'struck', ['Israel/ISR/military'], ['Gaza/PSE/null'], false],
  ]);
  assert.deepEqual(shown('Israeli forces carried out strikes in Jabalya on Monday.'), [
    ['FIGHT', 'strikes', ['Israel/ISR/military'], ['Jabalya/null/null'], false],
  ]);
});

test('a town struck by name is the target as the verb or its on-phrase names it, and is shown', () => {
  assert.deepEqual(shown('Russian forces shelled Kharkiv on Monday.'), [
    ['FIGHT', 'shelled', ['Russia/RUS/military'], ['Kharkiv/UKR/null'], true],
  ]);
  assert.deepEqual(shown('Russia launched a rocket strike on Odesa on Monday.'), [
    ['FIGHT', 'strike', ['Russia/RUS/null'], ['Odesa/UKR/null'], true],
  ]);
});

test('a town named as the scene beside a party met is dropped from the targets, the party kept', () => {
  assert.deepEqual(
    shown('The Iranian envoy met the head of the council, Ali Memis, in Ankara on Saturday.'),
    [['CONSULT', 'met', ['Iran/IRN/government'], ['Ali Memis/null/null'], true]],
  );
});

test('a town or region as the only party of a talk, deal, demand or reproach is no party: the event stays hidden', () => {
  // The violence in Tripoli is only there (`LOCATED`): no target since events28, still hidden.
  assert.deepEqual(shown('The UAE condemned the violence in Tripoli.'), [
    ['DISAPPROVE', 'condemned', ['United Arab Emirates/ARE/null'], [], false],
  ]);
  // So is the service launched in Austin (`complementTargets`): no target since events28, still hidden.
  assert.deepEqual(shown('Tesla has promised to launch its robotaxi service in Austin next month.'), [
    ['AGREE', 'promised', ['Tesla/USA/null'], [], false],
  ]);
  assert.deepEqual(shown('The EU praised Kharkiv on Monday.'), [
    ['SUPPORT', 'praised', ['European Union/null/international'], ['Kharkiv/UKR/null'], false],
  ]);
  // Negative cases: a place's people named by a noun are a party; a capital standing for its government
  // is one; a place visited is the host; a place blockaded is the target of force.
  assert.deepEqual(shown('Hamas called on Gaza residents to stay home.'), [
    ['DEMAND', 'called on', ['Hamas/PSE/null'], ['Gaza/PSE/civilians'], true],
  ]);
  assert.deepEqual(shown('The UAE condemned Tripoli.'), [
    [
      'DISAPPROVE',
      'condemned',
      ['United Arab Emirates/ARE/null'],
      ['Government of Libya/LBY/government'],
      true,
    ],
  ]);
  assert.deepEqual(shown('President Masoud Pezeshkian visited Baku on Monday.'), [
    ['CONSULT', 'visited', ['Masoud Pezeshkian/null/government'], ['Baku/AZE/null'], true],
  ]);
  assert.deepEqual(shown('Israel imposed a blockade on Gaza on Sunday.'), [
    ['COERCE', 'blockade', ['Israel/ISR/null'], ['Gaza/PSE/null'], true],
  ]);
});
