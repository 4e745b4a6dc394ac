import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentMentions } from './content.js';
import { mentionIn } from './junk-fixture.js';

test('an advertising line run into a report is no content; a call to contact someone in news is', () => {
  const text =
    'Prices rose in the quarter. Contact Dana now for exclusive investment details and a site visit. ' +
    'Police urged anyone who saw the car to contact Dana Roe. Omar Haddad could not be contacted today for comment.';
  const mention = mentionIn(text, 'person');
  const advert = mention('Dana', 'e1');
  const roe = mention('Dana Roe', 'e2');
  const haddad = mention('Omar Haddad', 'e3');
  assert.deepEqual(contentMentions(text, [advert, roe, haddad], new Set()), [roe, haddad]);
  const us = 'Contact us today to book a viewing with Dana Roe.';
  assert.deepEqual(contentMentions(us, [mentionIn(us, 'person')('Dana Roe')], new Set()), []);
});

test("a site's contact line and its call to its own app are no content; an app or an address in news is", () => {
  const text =
    'The envoy met traders in Velder on Monday. If you have any questions, you may contact the Trade Desk at ' +
    'desk@example.gov. Keep an eye on the weather - check Storm Watch online or our Storm Watch app. ' +
    'Users deleted the Ripple app after the Velder Bank fined it. Dana Roe told the Keel Herald the plan would work.';
  const mention = mentionIn(text, 'organisation');
  const desk = mention('Trade Desk', 'e1');
  const watch = mention('Storm Watch', 'e2');
  const ripple = mention('Ripple', 'e3');
  const bank = mention('Velder Bank', 'e4');
  const herald = mention('Keel Herald', 'e5');
  assert.deepEqual(contentMentions(text, [desk, watch, ripple, bank, herald], new Set()), [
    ripple,
    bank,
    herald,
  ]);
});

test("an author's note at the foot of an opinion piece names its writer, not someone it is about", () => {
  const text =
    'The port reopened after the strike. Dana Roe writes from Velder. Omar Haddad is a freelance journalist ' +
    'based in Keel. Lena Brandt is a journalist who was detained in Keel. Ana Lima writes from Velder about ' +
    'the strike and its cost.';
  const mention = mentionIn(text, 'person');
  const people = ['Dana Roe', 'Omar Haddad', 'Lena Brandt', 'Ana Lima'].map((name) => mention(name, name));
  assert.deepEqual(
    contentMentions(text, people, new Set()).map((m) => m.text),
    ['Lena Brandt', 'Ana Lima'],
  );
});

test('a dateline with a double hyphen opens the report like one with a dash', () => {
  const text = 'KEEL -- The port reopened. Keel -- a town of ten thousand -- cheered.';
  const keel = mentionIn(text, 'place')('KEEL');
  const town = mentionIn(text, 'place')('Keel', 'e', 5);
  assert.deepEqual(contentMentions(text, [keel, town], new Set()), [town]);
});

test("what a page prints between its follow invitation and its copyright notice is other stories' strip", () => {
  const report =
    'Ana Lima said the port would reopen. Follow Velder News on X and Facebook. ' +
    'Dana Roe damaged a van in Keel, a court hears. Omar Haddad opens a bakery. ' +
    'Copyright 2025 Velder News. All rights reserved.';
  const person = mentionIn(report, 'person');
  const people = ['Ana Lima', 'Dana Roe', 'Omar Haddad'].map((name) => person(name, name));
  assert.deepEqual(
    contentMentions(report, people, new Set()).map((m) => m.text),
    ['Ana Lima'],
  );
  // Where extraction dropped the notice, the strip runs to the page's end.
  const cut = report.slice(0, report.indexOf('Copyright'));
  assert.deepEqual(
    contentMentions(cut, people, new Set()).map((m) => m.text),
    ['Ana Lima'],
  );
  // An invitation in the middle of a report, far from the notice, takes nothing after it.
  const long = `Follow Velder News on X. Dana Roe spoke. ${'The port reopened. '.repeat(60)}Copyright 2025 Velder News.`;
  const roe = mentionIn(long, 'person')('Dana Roe');
  assert.deepEqual(contentMentions(long, [roe], new Set()), [roe]);
});
