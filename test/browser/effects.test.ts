import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

/**
 * React calls whatever an effect returns as its cleanup. An effect written as an arrow with an expression
 * body returns that expression: `() => el.scrollIntoView()` returned a Promise in current Chromium, React
 * called it on unmount, and closing an event left a white page. Types do not catch it (the DOM library
 * says `void`), so every effect in the web UI must have a block body, and this test reads them all.
 */

const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function expressionBodiedEffects(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const effect = node.arguments[0];
      if (EFFECT_HOOKS.has(name) && effect && ts.isArrowFunction(effect) && !ts.isBlock(effect.body)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(ROOT, path)}:${line + 1}: ${node.getText().split('\n')[0]}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('every effect in the web UI has a block body, so it returns a cleanup or nothing', () => {
  const files = sources(join(ROOT, 'web', 'src'));
  assert.ok(files.length > 20, `the web UI's sources, found ${files.length}`);
  assert.deepEqual(files.flatMap(expressionBodiedEffects), []);
});
