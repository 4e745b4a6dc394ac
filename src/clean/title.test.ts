import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitTitle } from './title.js';

describe('splitTitle', () => {
  const titled: Array<[string, string]> = [
    ['Harbour Talks Resume After Storm', 'Harbour Talks Resume After Storm'],
    ['Is a trade deal finally within reach?', 'Is a trade deal finally within reach?'],
    ['Ministers weigh new sanctions as talks stall', 'Ministers weigh new sanctions as talks stall'],
    ['“We will not back down”: mayor defies council', '“We will not back down”: mayor defies council'],
    ['2024 budget: what changes for families', '2024 budget: what changes for families'],
  ];
  for (const [first, title] of titled) {
    it(`takes "${first}" as the title`, () => {
      assert.deepEqual(splitTitle(`${first}\n\nThe council met on Monday.`), {
        title,
        body: 'The council met on Monday.',
      });
    });
  }

  const notTitles = [
    'The council met on Monday to discuss the budget.',
    'BERLIN (AP) — The council met on Monday',
    'LONDON — Ministers met on Monday',
    'March 3, 2024 — Ministers met',
    'Tuesday, 12 March 2024',
    'By Jane Roe',
    'and then the minister left the room',
    'A very long first line that keeps going on and on well past the point where any sub-editor would have cut it down to size',
    'Ministers met, officials said,',
  ];
  for (const first of notTitles) {
    it(`leaves "${first}" in the body`, () => {
      const text = `${first}\n\nThe vote was delayed.`;
      assert.deepEqual(splitTitle(text), { title: null, body: text });
    });
  }

  it('needs a body after the title', () => {
    assert.deepEqual(splitTitle('Harbour Talks Resume'), { title: null, body: 'Harbour Talks Resume' });
    assert.deepEqual(splitTitle(''), { title: null, body: '' });
  });
});
