import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanArticleText } from './article-text.js';
import { cutAtClosingCall, isClosingCall } from './closing-call.js';

/** An article of plain prose, long enough that a call after it stands in the page's last part. */
const BODY = [
  'The harbour board approved the new ferry timetable on Monday after a year of talks with the unions.',
  'Crossings to the island will run every forty minutes from June, up from every hour.',
  'The board chair said the change would cost about two million a year, paid from higher berth fees.',
  'Residents of the island had asked for later evening sailings, which the timetable adds on weekdays.',
  'Two older vessels will be sold once the new ones enter service next spring.',
].join(' ');

describe('the closing call to follow an outlet', () => {
  it('knows the common forms of the call', () => {
    assert.equal(isClosingCall('Follow Harbour News on Instagram, YouTube and Facebook.'), true);
    assert.equal(isClosingCall('Follow us on X @harbournews, or on Threads at harbournews'), true);
    assert.equal(
      isClosingCall('Listen to Harbour Radio on Sounds and follow Harbour Radio on Facebook and X.'),
      true,
    );
    assert.equal(isClosingCall('Sign up for our Morning Tide newsletter to get the news first.'), true);
    assert.equal(isClosingCall('Subscribe to our weekly newsletter.'), true);
  });

  it('does not take a reported or quoted call, or one with no network, for the outlet’s own', () => {
    assert.equal(isClosingCall('"Follow us on Instagram," the campaign told its supporters.'), false);
    assert.equal(isClosingCall('The mayor urged residents to follow the council on Facebook.'), false);
    assert.equal(isClosingCall('Follow the latest updates on this story.'), false);
    assert.equal(isClosingCall('Ministers will follow the board on the timetable.'), false);
  });

  it('cuts the strip of teasers and legal lines after the call', () => {
    const teasers = [
      'Follow Harbour News on Instagram, YouTube and Facebook.',
      'All 12 crew members were rescued after the cargo ship capsized.',
      'A new gallery opens with paintings from the old customs house.',
      'Copyright 2030 Harbour News.',
      'All rights reserved.',
    ].join(' ');
    const cut = cutAtClosingCall(`${BODY} ${teasers}`);
    assert.ok(cut);
    assert.equal(cut.text, BODY);
    assert.deepEqual(cut.removed, [
      "[furniture: after the outlet's closing call] Follow Harbour News on Instagram, YouTube and Facebook.",
      "[furniture: after the outlet's closing call] All 12 crew members were rescued after the cargo ship capsized.",
      "[furniture: after the outlet's closing call] A new gallery opens with paintings from the old customs house.",
      "[furniture: after the outlet's closing call] Copyright 2030 Harbour News.",
      "[furniture: after the outlet's closing call] All rights reserved.",
    ]);
  });

  it('keeps a newsletter pitch’s own second sentence with the pitch, as furniture', () => {
    const text = `${BODY} Sign up for our Morning Tide newsletter. It'll be delivered to your inbox every weekday.`;
    assert.equal(cutAtClosingCall(text)?.text, BODY);
  });

  it('keeps the prose of the article when it runs on after a call', () => {
    const text = [
      BODY,
      'Sign up for our Morning Tide newsletter to get the news first.',
      'But the unions said the deal left crews with longer shifts.',
      'They will vote on it next week.',
    ].join(' ');
    assert.equal(cutAtClosingCall(text), null);
  });

  it('ends the article at its closing credit, with the teasers run into it', () => {
    const text = `${BODY} Additional reporting by Jane Roe and Leo Marsh A new gallery opens with paintings. Baby Noa is out of hospital - but her family struggles. Copyright 2030 Harbour News.`;
    assert.equal(cutAtClosingCall(text)?.text, BODY);
    // A credit the article goes on after in prose, or one that opens it, ends nothing.
    const prose = `${BODY} Additional reporting by Jane Roe. But the unions said the deal left crews with longer shifts.`;
    assert.equal(cutAtClosingCall(prose), null);
    assert.equal(cutAtClosingCall(`Additional reporting by Jane Roe. ${BODY} ${BODY}`), null);
  });

  it('keeps everything after a call that stands early in the article', () => {
    const text = `Follow Harbour News on Facebook. ${BODY} ${BODY}`;
    assert.equal(cutAtClosingCall(text), null);
  });

  it('keeps a call the article quotes, and the prose after it', () => {
    const text = `${BODY} "Follow us on Instagram for the new times," the board wrote. The first sailing leaves at six.`;
    assert.equal(cutAtClosingCall(text), null);
  });

  it('is part of the article clean-up, with the removed lines kept', () => {
    const verdict = cleanArticleText(
      `${BODY} Follow Harbour News on X and Facebook. A new gallery opens at the customs house.`,
    );
    assert.ok(verdict.ok);
    assert.equal(verdict.text, BODY);
    assert.deepEqual(verdict.removed, [
      "[furniture: after the outlet's closing call] Follow Harbour News on X and Facebook.",
      "[furniture: after the outlet's closing call] A new gallery opens at the customs house.",
    ]);
  });
});
