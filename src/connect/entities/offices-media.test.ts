import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorIn } from './junk-fixture.js';
import { looksLikeName } from './name-shape.js';

test("an office ending in an executive's title or in an office's 'General' is no actor; a seat of a body is", () => {
  for (const [name, type, isName] of [
    ['Harbour Motors Europe COO', 'person', false],
    ['Keel Bank CEO', 'organisation', false],
    ['Velder Council President', 'person', false],
    ['Military Advocate General', 'organisation', false],
    ['National Cadet Coordinator General', 'person', false],
    // A body's seat after "the" or "of", a hospital called "General" and a general's name stay.
    ['Office of the President', 'organisation', true],
    ['Massachusetts General', 'organisation', true],
    ['General Mara Quist', 'person', true],
    ['Mara Quist', 'person', true],
  ] as const)
    assert.equal(looksLikeName(name, type), isName, name);
});

test('a platform something was posted or said on is no actor; the firm acting, or a topic, is', () => {
  const text =
    'The minister posted on Velder late on Monday. She said on her Pallo account that talks failed. ' +
    'The army wrote on its official Tessa channel. The match was streamed via Ostra. ' +
    'Keel Media removed the post. His comments on Brannock drew anger. A Harbour Front video showed the strike.';
  const actor = actorIn(text);
  assert.equal(actor('Velder', 'organisation'), false);
  assert.equal(actor('Pallo', 'person'), false);
  assert.equal(actor('Tessa', 'organisation'), false);
  assert.equal(actor('Ostra', 'organisation'), false);
  assert.equal(actor('Keel Media', 'organisation'), true);
  // "On" after a noun is about; a body before "video" made it.
  assert.equal(actor('Brannock', 'person'), true);
  assert.equal(actor('Harbour Front', 'organisation'), true);
});

test('a name inside a short quoted phrase in title case is a piece of a theme or a slogan; a quoted speech is not', () => {
  const text =
    'This year’s theme is “Greening Harbours, Enriching Lives” and the crowd sang “Long Live Marra Keel” at the gate. ' +
    '“Tomas Brenn will lead us,” she said. The bank hosted “Keel Savings Week”.';
  const actor = actorIn(text);
  assert.equal(actor('Enriching Lives', 'person'), false);
  assert.equal(actor('Marra Keel', 'person'), false);
  assert.equal(actor('Tomas Brenn', 'person'), true);
  // The whole quotation, or a name that opens a phrase in title case, is judged elsewhere; a body's name
  // opening one is a piece of it too.
  assert.equal(actor('Keel Savings', 'organisation'), false);
});
