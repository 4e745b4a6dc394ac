import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeName } from './name-shape.js';

test("a person's name ending in a people's plural or a field's noun names a group or a phrase, not someone", () => {
  for (const [name, isName] of [
    ['Hasidic Jews', false],
    ['British Muslims', false],
    ['Animal Health', false],
    ['Al Security', false],
    ['Digital Development', false],
    // A surname may be any other word, a plural's shape included.
    ['Lucy Law', true],
    ['Jim Justice', true],
    ['Serena Williams', true],
    ['Tom Jones', true],
    ['Ana Brooks', true],
    ['Rand Paul', true],
  ] as const)
    assert.equal(looksLikeName(name, 'person'), isName, name);
  // For a body the same words are a name's head: "Food Security Cluster" ends otherwise, "Animal Health" of a
  // body cut short is judged by the piece rules, not by its shape.
  assert.equal(looksLikeName('Ministry of Health', 'organisation'), true);
  assert.equal(looksLikeName('Institute for Security Studies', 'organisation'), true);
});

test('a named operation, "Operation" first or last, is an event; a body running operations is not', () => {
  for (const [name, type, isName] of [
    ['Operation Harbour Shield', 'organisation', false],
    ['Keel Storm Operation', 'person', false],
    ['Special Military Operation', 'organisation', false],
    ['Storm Operations Command', 'organisation', true],
    ['Harbour Operations', 'organisation', true],
  ] as const)
    assert.equal(looksLikeName(name, type), isName, name);
});
