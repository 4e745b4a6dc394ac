/**
 * Photo captions left inline by a scraper that flattened a page: "… April 19, 2025 (credit: JANE ROE/REUTERS)".
 * The credit marks the words before it, back to the end of the sentence before, as a caption: page
 * furniture, not the report. Read as text, a caption names people that a later "he" or "she" is taken
 * for, and its verbs ("speaks in Tel Aviv") become events of the article.
 */

/** A parenthesised photo credit: "(credit: …)", "(Photo: …)", "(Image credit: …)". */
const INLINE_CREDIT =
  /\((?:photo |image |picture )?credits?:\s*[^()\n]{1,160}\)|\((?:photo|image|picture):\s*[^()\n]{1,160}\)/giu;

/**
 * Where a sentence ends and another opens: a closing mark, its quotes or brackets, then a capital (with or
 * without a space: a scraper drops the space between blocks, "he said.Kantor demonstrates …"; after a lone
 * capital it is an initial, "J.K.Rowling").
 */
const SENTENCE_END =
  /[.!?…]["”’)\]]*\s+(?=[\p{Lu}\p{N}"“‘(])|[.!?…]["”’]+(?=\p{Lu})|(?<=[\p{Ll})\]])[.!?…](?=\p{Lu})/gu;

/** A caption is a sentence or a line, not a paragraph: past this, only the credit goes. */
const LONGEST_CAPTION = 400;

export interface InlineCaptions {
  text: string;
  /** Each caption with its credit, as written. */
  captions: string[];
}

/** `line` without its inline photo captions; the line is returned as it is when it holds no credit. */
export function removeInlineCaptions(line: string): InlineCaptions {
  INLINE_CREDIT.lastIndex = 0;
  if (!INLINE_CREDIT.test(line)) return { text: line, captions: [] };
  const captions: string[] = [];
  const kept: string[] = [];
  let from = 0;
  INLINE_CREDIT.lastIndex = 0;
  for (const credit of line.matchAll(INLINE_CREDIT)) {
    const start = captionStart(line, from, credit.index);
    const end = credit.index + credit[0].length;
    kept.push(line.slice(from, start));
    captions.push(line.slice(start, end).trim());
    from = end;
  }
  kept.push(line.slice(from));
  const text = kept
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  return { text, captions };
}

/**
 * `text` (lines of an article) without its inline photo captions: for an article stored before this rule,
 * cleaned again by `dossier reprocess`. Idempotent: a text without credits comes back as it is.
 */
export function removeInlineCaptionsFromText(text: string): InlineCaptions {
  const captions: string[] = [];
  const lines = text.split('\n').map((line) => {
    const cut = removeInlineCaptions(line);
    captions.push(...cut.captions);
    return cut.text;
  });
  return captions.length === 0 ? { text, captions } : { text: lines.join('\n'), captions };
}

/**
 * Where the caption before a credit at `credit` begins: after the last sentence end before it (the
 * caption's own closing stop aside), or at `from` (the line's start or the previous credit's end).
 */
function captionStart(line: string, from: number, credit: number): number {
  const reach = Math.max(from, credit - LONGEST_CAPTION);
  // The caption's own stop just before the credit ends no sentence before it.
  const before = line.slice(reach, credit).replace(/[.\s]+$/u, '');
  let start = -1;
  SENTENCE_END.lastIndex = 0;
  for (const end of before.matchAll(SENTENCE_END)) start = reach + end.index + end[0].length;
  if (start >= 0) return start;
  // No sentence ends within reach: the caption runs from the line's start if that is near, else only the
  // credit goes.
  return reach === from ? from : credit;
}
