import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from './boilerplate.js';
import { removeInlineCaptions } from './captions.js';

test('an inline photo credit takes its caption with it, back to the sentence before', () => {
  assert.deepEqual(
    removeInlineCaptions(
      'The court ruled on Monday. The Supreme Court building in the capital, March 3, 2025 ' +
        '(credit: JANE ROE/REUTERS) Judges said the appeal had failed.',
    ),
    {
      text: 'The court ruled on Monday. Judges said the appeal had failed.',
      captions: ['The Supreme Court building in the capital, March 3, 2025 (credit: JANE ROE/REUTERS)'],
    },
  );
  // A caption glued to the sentence before by a scraper that dropped the space.
  assert.deepEqual(
    removeInlineCaptions(
      'The lawyer said the posts were removed.Activist Dana Fox outside the court (credit: AP)',
    ),
    {
      text: 'The lawyer said the posts were removed.',
      captions: ['Activist Dana Fox outside the court (credit: AP)'],
    },
  );
  assert.deepEqual(
    removeInlineCaptions(
      'Few have reported (dates vary).A soldier on patrol (credit: AP) J.K.Rowling wrote.',
    ),
    {
      text: 'Few have reported (dates vary). J.K.Rowling wrote.',
      captions: ['A soldier on patrol (credit: AP)'],
    },
  );
  // A caption with its own stop, after a quotation whose closing mark lost its space.
  assert.deepEqual(
    removeInlineCaptions(
      'He said: “We will rebuild.”Mayor Tom Reyes visits the harbour.  (credit: Flash90/Ann Lee) ' +
        'The works begin in May. A crane on the quay (Photo: Port Authority)',
    ),
    {
      text: 'He said: “We will rebuild.” The works begin in May.',
      captions: [
        'Mayor Tom Reyes visits the harbour.  (credit: Flash90/Ann Lee)',
        'A crane on the quay (Photo: Port Authority)',
      ],
    },
  );
});

test('a credit at the start of a long paragraph goes alone; prose about credit stays', () => {
  const long = `${'The council met again and the budget was debated at length by every member '.repeat(8)}(credit: ANN LEE)`;
  assert.deepEqual(removeInlineCaptions(long), {
    text: long.slice(0, long.indexOf(' (credit')),
    captions: ['(credit: ANN LEE)'],
  });
  for (const prose of [
    'The fund (credit union) grew by a tenth.',
    'A tax credit: the new rule gives families more.',
    'The bank cut its credit (see chart) sharply.',
  ])
    assert.deepEqual(removeInlineCaptions(prose), { text: prose, captions: [] });
});

test('cleaning an article reports the captions it took out', () => {
  const { text, removed } = cleanText(
    'Rescuers reached the village on Tuesday. A rescuer carries a child, May 2, 2025 (credit: AP) ' +
      'Officials said 40 homes were destroyed.',
  );
  assert.equal(text, 'Rescuers reached the village on Tuesday. Officials said 40 homes were destroyed.');
  assert.deepEqual(removed, ['A rescuer carries a child, May 2, 2025 (credit: AP)']);
});
