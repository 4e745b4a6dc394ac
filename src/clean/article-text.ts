/**
 * Clean-up past the line rules (`boilerplate`): what a page wraps around an article sentence by sentence,
 * for text that arrives as one long paragraph as often as in lines. Notices (paywall, consent, script and
 * retrieval errors) are removed, and an article whose text they cut is marked partial; what follows the
 * outlet's closing call to follow it is furniture (`closing-call`); a dateline is taken
 * off its first paragraph and kept as evidence; a text left with too few words is no article.
 *
 * Every removal is kept in `removed` with its reason in brackets (`[notice: paywall; article partial] …`),
 * so a user sees what went and why; the lines the line rules removed are kept as they were.
 */
import { cutAtClosingCall } from './closing-call.js';
import { splitSentences } from './date-mentions.js';
import { describeDateline, findDateline, type Dateline } from './datelines.js';
import { cutsText, mayHoldNotice, noticeKind, scriptClauses, type NoticeKind } from './notices.js';

/** Fewer words than this is a headline, a caption or a notice, not an article. */
export const MIN_ARTICLE_WORDS = 5;
/** Datelines open one of the first paragraphs (a page's own header may come before). */
const DATELINE_PARAGRAPHS = 3;
export const PARTIAL_MARK = 'article partial';

export type TextVerdict =
  | { ok: true; text: string; removed: string[]; partial: boolean; dateline: Dateline | null }
  | { ok: false; reason: string };

/** Words in a text, counted up to `cap` only: the callers ask "at least how many", on long texts. */
function words(text: string, cap = 2 * MIN_ARTICLE_WORDS): number {
  const word = /\S+/g;
  let count = 0;
  while (count < cap && word.exec(text)) count++;
  return count;
}

function quoteShort(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Notices, dateline and length, checked on a text the line rules have cleaned. */
export function cleanArticleText(text: string): TextVerdict {
  const removed: string[] = [];
  const sentences = mayHoldNotice(text) ? splitSentences(text) : [];
  const kinds = sentences.map((s) => noticeKind(s.text));
  let kept = '';
  let from = 0;
  let wordsBefore = 0;
  let partial = false;
  const notices: Array<{ kind: NoticeKind; text: string }> = [];
  sentences.forEach((s, i) => {
    const kind = kinds[i];
    if (kind === null || kind === undefined) {
      for (const clause of scriptClauses(s.text)) {
        kept += text.slice(from, s.start + clause.start);
        from = s.start + clause.end;
        removed.push(`[notice: script] ${clause.text}`);
      }
      wordsBefore += words(s.text);
      return;
    }
    kept += text.slice(from, s.start);
    from = s.end;
    const cuts = cutsText(kind) && wordsBefore >= MIN_ARTICLE_WORDS * 2;
    partial ||= cuts;
    notices.push({ kind, text: s.text });
    removed.push(`[notice: ${kind}${cuts ? `; ${PARTIAL_MARK}` : ''}] ${s.text}`);
  });
  kept += text.slice(from);
  let body = tidy(kept);
  if (words(body) < MIN_ARTICLE_WORDS && notices.length > 0) {
    const first = notices[0]!;
    return { ok: false, reason: `only a ${first.kind} notice, no article: "${quoteShort(first.text)}"` };
  }
  const closing = cutAtClosingCall(body);
  if (closing) {
    body = closing.text;
    removed.push(...closing.removed);
  }
  const found = takeDateline(body);
  if (found) {
    body = found.text;
    removed.unshift(describeDateline(found.dateline));
  }
  if (words(body) < MIN_ARTICLE_WORDS) {
    const count = words(body);
    return {
      ok: false,
      reason: `too little text for an article: ${count} word${count === 1 ? '' : 's'} ("${quoteShort(body)}")`,
    };
  }
  return { ok: true, text: body, removed, partial, dateline: found?.dateline ?? null };
}

function takeDateline(text: string): { text: string; dateline: Dateline } | null {
  const paragraphs = text.split('\n\n');
  for (let i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.length); i++) {
    const paragraph = paragraphs[i]!;
    const dateline = findDateline(paragraph);
    if (!dateline) continue;
    paragraphs[i] = paragraph.slice(paragraph.indexOf(dateline.text) + dateline.text.length).trimStart();
    return { text: paragraphs.filter(Boolean).join('\n\n'), dateline };
  }
  return null;
}

/** Paragraphs kept, spaces left by a cut closed. */
export function tidy(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Whether clean-up found the article's text cut short by a notice (see `removed`). */
export function isPartial(removed: readonly string[]): boolean {
  return removed.some(
    (line) => (line.startsWith('[notice:') || line.startsWith('[no text;')) && line.includes(PARTIAL_MARK),
  );
}
