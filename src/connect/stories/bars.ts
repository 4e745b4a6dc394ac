/**
 * The bars an article, or a group of articles, must reach to join a story: shared by one-pass placement
 * (`index.ts`) and regrouping (`regroup.ts`).
 */

/** How far from a story's first and last article an article may be published and still join it. */
export const WINDOW_DAYS = 10;
/**
 * The average cosine an article needs with a story's articles to join it. Without dates on both sides
 * only content can tell two events apart and two similar reports of different events are rare among
 * stories of other subjects; within a dated window an article meets every report of the same days on its
 * subject, so the bar is higher. Chosen on the development data: ECB+ topics 1-35 (undated) and the
 * May 2025 RSS corpus (dated, judged by hand); see bench/eval-stories.ts.
 */
export const JOIN_UNDATED = Number(process.env.JU ?? 0.17);
export const JOIN_DATED = 0.33;
/**
 * What the dated bar rises by for each day an article lies beyond the day after its story's span: reports
 * of one event are printed within a day or two, and a report days later on the same subject is more
 * often the next event of its kind (the next day's market report, the next match, the next strike) than
 * a development of the same one, so it must share more to join. The day of grace is for other sites
 * (an evening's event is printed elsewhere the next morning); a site has printed its own report of the
 * event already, so its item of the next day on the subject is its next item (a second strike, the next
 * commander killed): in proportion to the site's share of the story the rise starts on the first day.
 */
export const JOIN_PER_DAY = 0.05;
/**
 * What the dated bar rises by when all of a story's articles come from the article's own site (in
 * proportion to their share): within a window a site's articles of the same days on its beat all meet,
 * and they share its desk's vocabulary and framing, so their likeness says less than the likeness of two
 * sites' reports.
 */
export const JOIN_SAME_SOURCE = 0.15;
