import type { DateMention, Span } from '../../core/analysis.js';

/** Platforms a statement is posted on ("on X", "via the X social media platform"). */
const PLATFORMS =
  'X|Twitter|Truth Social|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|Weibo|VKontakte|LinkedIn';
/** Outlets a statement is given to ("told Reuters", "stated to VOA", "on CBS’s “Face the Nation”"). */
const OUTLETS =
  'VOA|Voice of America|Reuters|AP|Associated Press|AFP|Agence France-Presse|CNN|CBS|CBS News|NBC|NBC News|ABC|ABC News|Fox News|Fox|' +
  'MSNBC|CNBC|BBC|NPR|PBS|Bloomberg|Politico|Axios|Sky News|Al Jazeera|TASS|RIA Novosti|Interfax|Ukrinform|C-SPAN|' +
  'the New York Times|The New York Times|the Washington Post|The Washington Post|the Wall Street Journal|The Wall Street Journal|' +
  'the Financial Times|the Guardian|The Guardian|The Economist|Le Monde|Der Spiegel|Bild|Newsmax|Breitbart|Fox Business';

/** In priority order: a named platform or outlet says more than "a statement". Global, for `exec` in a loop. */
const CHANNELS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:on|via) (?:the )?(?:social media (?:platform|site|network) |platform |social network )?(${PLATFORMS})(?![\\p{L}-])`,
    'gu',
  ),
  new RegExp(`\\bvia the (${PLATFORMS}) (?:social media )?(?:platform|account)\\b`, 'gu'),
  // An outlet and its show, quoted or capitalised: "on CBS’s “Face the Nation,”", "on Fox News Sunday".
  new RegExp(
    `\\bon ((?:${OUTLETS})(?:(?:[’']s)? (?:[“"][^”"]+|\\p{Lu}[\\p{L}’']*(?: (?:the|of|and|\\p{Lu}[\\p{L}’']*))*))?)(?![\\p{L}-])`,
    'gu',
  ),
  new RegExp(`\\b(?:to|told|informed|with) (${OUTLETS})(?![\\p{L}-])`, 'gu'),
  /\bin (an? (?:exclusive |televised |phone |radio |TV |television )?interview with (?:the )?[\p{Lu}][\p{L}’'.-]*(?: [\p{Lu}][\p{L}’'.-]*)*)/gu,
  /\bin (an? (?:joint |written |formal |brief |separate |video |televised )?(?:statement|post|tweet|video|op-ed|letter|memo|speech|address|declaration))\b/gu,
  /\bat (an? (?:news|press) (?:conference|briefing)|a briefing|a rally|a summit|a forum|a hearing)\b/gu,
];

const overlapsAny = (start: number, end: number, spans: readonly Span[]): boolean =>
  spans.some((s) => start < s.end && s.start < end);

/** Where the words were said, read in the cue's sentence outside what was said. */
export function findChannel(text: string, frame: Span, said: readonly Span[]): string | null {
  const words = text.slice(frame.start, frame.end);
  for (const pattern of CHANNELS) {
    // `exec` from the start rather than `matchAll`, which copies the pattern at every call: seven copies
    // per quote took most of this function's time.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(words); m !== null; m = pattern.exec(words)) {
      const start = frame.start + m.index;
      if (overlapsAny(start, start + m[0].length, said)) continue;
      const name = m[1];
      if (name) return name.replace(/[“”"]/g, '').replace(/[,.]$/, '').trim();
    }
  }
  return null;
}

/** When it was said: the calendar date of the cue's sentence nearest the cue, outside what was said. */
export function findSpeechDate(
  dates: readonly DateMention[],
  sentence: number,
  cue: Span,
  said: readonly Span[],
): string | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.sentence !== sentence || (d.type !== 'DATE' && d.type !== 'TIME') || d.value.endsWith('_REF'))
      continue;
    if (overlapsAny(d.start, d.end, said)) continue;
    const distance = d.start >= cue.end ? d.start - cue.end : cue.start - d.end;
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best?.value ?? null;
}
