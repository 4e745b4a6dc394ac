import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  const cases: Array<[string, string | null]> = [
    [
      'The ministers met in the capital on Monday to discuss the budget and agreed to meet again next week.',
      'en',
    ],
    [
      'Les ministres se sont réunis lundi dans la capitale pour discuter du budget et ont convenu de se revoir.',
      'fr',
    ],
    [
      'Die Minister trafen sich am Montag in der Hauptstadt, um über den Haushalt zu sprechen und wollen sich wiedersehen.',
      'de',
    ],
    [
      'Los ministros se reunieron el lunes en la capital para discutir el presupuesto y acordaron volver a reunirse.',
      'es',
    ],
    [
      'Министры встретились в понедельник в столице, чтобы обсудить бюджет, и договорились встретиться снова.',
      'ru',
    ],
    [
      'The talks were held in the capital, and the ministers said that the plan would be put to the vote by the end of the month. It was the first meeting of the group this year, and the mood was calm, officials said.',
      'en',
    ],
    [
      'Die Gespräche fanden in der Hauptstadt statt, und die Minister sagten, dass der Plan bis zum Ende des Monats zur Abstimmung gestellt werde. Es war das erste Treffen der Gruppe in diesem Jahr, und die Stimmung war ruhig.',
      'de',
    ],
    [
      'De gesprekken vonden plaats in de hoofdstad, en de ministers zeiden dat het plan aan het einde van de maand in stemming zou worden gebracht. Het was de eerste bijeenkomst van de groep dit jaar en de sfeer was kalm.',
      'nl',
    ],
    ['Too short to tell.', null],
    ['', null],
    ['1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234', null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} → ${expected}`, () =>
      assert.equal(detectLanguage(text), expected));
  }
});
