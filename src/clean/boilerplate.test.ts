import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText, isBoilerplateLine } from './boilerplate.js';

describe('isBoilerplateLine', () => {
  const furniture = [
    "Sign up now: Get the Herald's newsletters delivered to your inbox",
    'Subscribe to get the latest posts sent to your email.',
    'Discover more from Example Weekly',
    'Newsletter',
    'Follow topic:',
    'Follow us on Instagram',
    'Follow Jane Roe on X',
    'Ad Code',
    'Advertisement',
    'ADVERTISEMENT',
    'Sponsored',
    'Story continues below advertisement',
    'PHOTO: AFP',
    'Photo credit: www.example.org',
    'Image: Getty',
    '(Photo by Ann Lee/Getty Images)',
    'REUTERS/Jane Doe',
    'AFP via Getty Images',
    'AI generated',
    'Post a Comment',
    '0 Comments',
    '12 comments',
    'Leave a comment',
    'Comments are closed.',
    'Share',
    'Share this article',
    'Facebook Twitter Email',
    'See more on',
    'See more from Business',
    'Read more: Markets rally after the vote',
    'Related:',
    'Related: Five things to know',
    'Source',
    'Source: www.example.net',
    'www.example.com',
    'https://example.com/news/2024/vote',
    '© 2024 Example Media. All rights reserved.',
    'Reporting by Jane Doe in Berlin; Editing by John Roe',
    'Listen to this article',
    '4 min read',
    'Copyright 2024 Example Media',
    'Getty Images',
    'Image source, Getty Images',
    'Story continues',
    'Thanks for reading Harbour Notes! Subscribe for free to receive new posts.',
    'Already a subscriber? Sign in',
    'Advertisement · Scroll to continue',
    'Skip to main content',
    'X',
    'Link',
    'Purchase Licensing Rights',
    'Photograph by Ann Lee, Harbour Trust',
    '(Credit: Ann Lee / Example Wire)',
    'Lea también: El puerto reabre tras la tormenta',
    'Lea: La ministra visita el puerto',
    'À lire aussi » Le port rouvre après la tempête',
    'Lesen Sie auch: Der Hafen öffnet wieder',
    '© 2024, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media. Reprinting it without permission is theft and punishable by law.',
    'Follow The Herald on Twitter and Instagram @Herald and on Facebook @HeraldNews. Send us a message on WhatsApp at 555-0100 or email us at news@example.com',
    'For the latest stories and breaking news updates download the Herald apps for iOS and Android.',
    'You must be logged in to post a comment.',
    'Du musst eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht registriert?',
    'We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.',
    'News date : 04/21/2022 Category : Press Releases',
    "Do you want to be informed of the movement's actions? Sign up here",
    'To view the full story, please subscribe to The Herald. You can choose an annual subscription or a weekly pass.',
    'If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.',
    'The Herald is not responsible for the opinions, statements or media content presented by contributors.',
  ];
  for (const line of furniture) it(`removes "${line}"`, () => assert.equal(isBoilerplateLine(line), true));

  const content = [
    'He signed up for the army in 2014.',
    'Share prices fell 3%.',
    'Follow the money, she said.',
    'Subscribers to the service rose by a fifth last year.',
    'Get out while you can, he told his family in an email.',
    'Related companies saw gains too.',
    'Sources said the talks would resume.',
    'Comments from the minister drew criticism.',
    'Photographs of the site were published on Monday.',
    'Boat strikes',
    'Mineral deal?',
    'The advertisement ran in three papers before the vote.',
    'Read the full statement, the spokesman told reporters.',
    'Copyright law was changed in 2019 to protect artists.',
    'Source material was shared with the court.',
    'Photographs show the damage.',
    'Lea Müller won the race in record time.',
    'Follow-up talks with Facebook executives are set for June.',
    'Users can download the app for iOS and Android from Monday.',
    'Category 4 storms hit the coast on Sunday.',
    'Many residents were unsure. Most decided to register.',
    'The court found the company is not responsible for the content of its adverts.',
    'He wrote a letter to the editor of the local paper in 1998.',
    'Copyright 2019 reforms, which the court upheld on Tuesday after a two-year fight between publishers and the largest technology platforms in Europe, took effect.',
  ];
  for (const line of content) it(`keeps "${line}"`, () => assert.equal(isBoilerplateLine(line), false));
});

describe('cleanText', () => {
  it('removes furniture and reports it in order', () => {
    const raw = [
      'Advertisement',
      'Harbour Talks Resume After Storm',
      '',
      'Subscribe to our newsletter for the latest news',
      'The two delegations met on the quay at dawn.',
      'Share this article',
      'They agreed to meet again.',
      'Post a Comment',
    ].join('\n');
    assert.deepEqual(cleanText(raw), {
      text: 'Harbour Talks Resume After Storm\n\nThe two delegations met on the quay at dawn.\n\nThey agreed to meet again.',
      removed: [
        'Advertisement',
        'Subscribe to our newsletter for the latest news',
        'Share this article',
        'Post a Comment',
      ],
    });
  });

  it('drops a caption saved twice, with its credit', () => {
    const raw =
      'Rescuers search the rubble.\n\nRescuers search the rubble.\n\nPHOTO: AFP\n\nThe quake struck at night.';
    assert.deepEqual(cleanText(raw), {
      text: 'The quake struck at night.',
      removed: ['Rescuers search the rubble.', 'Rescuers search the rubble.', 'PHOTO: AFP'],
    });
  });

  it('keeps one copy of a repeated line without a credit', () => {
    const raw = 'Crowds gathered outside.\nCrowds gathered outside.\nPolice watched.';
    assert.deepEqual(cleanText(raw), {
      text: 'Crowds gathered outside.\n\nPolice watched.',
      removed: ['Crowds gathered outside.'],
    });
  });

  it('drops an AI summary block and keeps the lead after it', () => {
    const raw = [
      'Follow topic:',
      '  • Ministers argued over the budget.',
      '  • A vote is due next week.',
      '',
      'AI generated',
      '',
      '- Finance ministers on Tuesday argued over the budget for hours.',
      '',
      'The vote was postponed.',
    ].join('\n');
    assert.deepEqual(cleanText(raw), {
      text: 'Finance ministers on Tuesday argued over the budget for hours.\n\nThe vote was postponed.',
      removed: [
        'Follow topic:',
        '• Ministers argued over the budget.',
        '• A vote is due next week.',
        'AI generated',
      ],
    });
  });

  it('drops summary bullets that follow their banner', () => {
    const raw = 'AI-generated summary\n- Prices rose.\n- Wages lagged.\n\nThe report was published today.';
    assert.deepEqual(cleanText(raw), {
      text: 'The report was published today.',
      removed: ['AI-generated summary', '- Prices rose.', '- Wages lagged.'],
    });
  });

  it('keeps a real list', () => {
    const raw = 'The plan has three parts:\n- a ceasefire\n- a prisoner swap\n- talks';
    assert.equal(
      cleanText(raw).text,
      'The plan has three parts:\n\n- a ceasefire\n\n- a prisoner swap\n\n- talks',
    );
  });

  it('strips a trailing wire sign-off but keeps the sentence', () => {
    assert.deepEqual(cleanText('The ferry sailed at noon. AFP'), {
      text: 'The ferry sailed at noon.',
      removed: ['AFP'],
    });
    assert.deepEqual(cleanText('Markets closed higher. REUTERS, AFP'), {
      text: 'Markets closed higher.',
      removed: ['REUTERS, AFP'],
    });
    assert.deepEqual(cleanText('He met the leaders of NATO.'), {
      text: 'He met the leaders of NATO.',
      removed: [],
    });
    assert.deepEqual(cleanText('The envoy thanked the EU. NATO'), {
      text: 'The envoy thanked the EU. NATO',
      removed: [],
    });
  });

  it('removes a source line and the bare domain under it', () => {
    assert.deepEqual(cleanText('The strike hit at night.\nSource\nwww.example.com'), {
      text: 'The strike hit at night.',
      removed: ['Source', 'www.example.com'],
    });
  });

  it('rejoins a paragraph an ad slot cut in two', () => {
    assert.deepEqual(cleanText('The committee agreed that the\nADVERTISEMENT\nproposal should go ahead.'), {
      text: 'The committee agreed that the proposal should go ahead.',
      removed: ['ADVERTISEMENT'],
    });
  });

  it('strips decorative emoji from a title line only', () => {
    assert.equal(
      cleanText('🚨 Storm Warning Issued for the Coast\nResidents were told to leave. 🌊 Waves rose.').text,
      'Storm Warning Issued for the Coast\n\nResidents were told to leave. 🌊 Waves rose.',
    );
    assert.equal(
      cleanText(
        '🌊 Waves rose along the coast overnight, and residents were told to leave their homes before dawn.',
      ).text,
      '🌊 Waves rose along the coast overnight, and residents were told to leave their homes before dawn.',
    );
  });

  it('returns empty text for pure furniture', () => {
    assert.deepEqual(cleanText('Share\n\nAdvertisement\n'), {
      text: '',
      removed: ['Share', 'Advertisement'],
    });
  });

  it('cleans a long article whole: every furniture line out, every paragraph kept', () => {
    const paragraph =
      'The council met on Tuesday to discuss the budget, and members argued at length about it. ';
    const raw = Array.from(
      { length: 60 },
      (_, i) => `In session ${i + 1}: ${paragraph.repeat(2)}${i % 10 === 0 ? '\nAdvertisement' : ''}`,
    ).join('\n\n');
    const cleaned = cleanText(raw);
    assert.deepEqual(cleaned.removed, Array(6).fill('Advertisement'));
    assert.equal(cleaned.text.split('\n\n').length, 60);
    assert.ok(!cleaned.text.includes('Advertisement'));
  });
});
