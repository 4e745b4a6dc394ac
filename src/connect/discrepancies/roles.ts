import type { Discrepancy, ResolvedEntity, ResolvedRole } from '../../core/connected.js';
import { daysBetween } from '../events/dates.js';
import { foldName } from '../entities/names.js';
import { discrepancy, VariantTally } from './variants.js';

/** Two titles given within this many days are claims about the same time. */
export const ROLE_WINDOW_DAYS = 31;

/**
 * A role the sentence itself puts in the past ("then-Secretary of State", "former senator") claims nothing
 * now, nor does a photo caption, which may date from years before.
 */
function isPast(role: ResolvedRole, pastTitle: (title: string) => RegExp): boolean {
  if (/\(credit:|\bcredit:\s/i.test(role.evidence.sentence)) return true;
  return pastTitle(role.title).test(role.evidence.sentence);
}

/** The pattern of a title said in the past, made once per title (a large actor gives one title hundreds of times). */
function pastTitles(): (title: string) => RegExp {
  const made = new Map<string, RegExp>();
  return (title) => {
    let pattern = made.get(title);
    if (!pattern) {
      const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      pattern = new RegExp(`\\b(?:then|former|ex|onetime|erstwhile)[-\\s]+${escaped}`, 'i');
      made.set(title, pattern);
    }
    return pattern;
  };
}

/**
 * The country each role of `entity` claims a title for now (its own, else the entity's), or null for one
 * that claims none: undated, said in the past, or of no country. Only roles claiming a title for one
 * country can disagree, so a large actor's roles around its new ones are read by it (`service/hub-roles`).
 */
export function claimsOf(
  entity: Pick<ResolvedEntity, 'country'>,
  pastTitle = pastTitles(),
): (role: ResolvedRole) => string | null {
  return (role) =>
    role.date === null || isPast(role, pastTitle) ? null : (role.country ?? entity.country ?? null);
}

/** Abbreviations of titles, by their folded form. */
const ABBREVIATIONS: Record<string, string> = {
  pm: 'prime minister',
  fm: 'foreign minister',
  dpm: 'deputy prime minister',
  vp: 'vice president',
  sec: 'secretary',
  secy: 'secretary',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  maj: 'major',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  pres: 'president',
  amb: 'ambassador',
  dep: 'deputy',
  min: 'minister',
  ceo: 'chief executive',
  mp: 'member of parliament',
};

/** Words that only pad a title out: "Minister of Foreign Affairs" is the "Foreign Minister". */
const PADDING = new Set(['of', 'for', 'the', 'and', 'affairs', 's', 'state', 'department', 'ministry']);
const SPELLINGS: Record<string, string> = { defense: 'defence', defence: 'defence', labor: 'labour' };

/**
 * Words that describe what someone does rather than name an office ("leader", "negotiator", "envoy"):
 * they agree with any title ("Interim President" is the country's leader; a special envoy negotiates).
 */
// prettier-ignore
const DESCRIPTIONS = new Set([
  'leader', 'head', 'chief', 'boss', 'official', 'negotiator', 'mediator', 'envoy', 'representative',
  'adviser', 'advisor', 'aide', 'member', 'figure', 'politician', 'lawmaker', 'diplomat', 'spokesperson',
  'spokesman', 'spokeswoman', 'special', 'senior', 'top', 'former', 'acting', 'interim',
  // The body a title belongs to, said instead of the title ("army chief" is the chief of staff).
  'army', 'military', 'party', 'police',
  // Ranks: a general may be chief of staff, a commander a minister.
  'general', 'colonel', 'major', 'lieutenant', 'admiral', 'commander', 'brigadier', 'captain',
]);

/** Portfolios: with one of them, a "Secretary" is a minister ("Foreign Secretary", "Justice Secretary"). */
// prettier-ignore
const PORTFOLIOS = new Set([
  'foreign', 'home', 'interior', 'justice', 'defence', 'health', 'education', 'finance', 'treasury',
  'economy', 'trade', 'energy', 'transport', 'environment', 'culture', 'labour', 'housing', 'business',
  'agriculture', 'security', 'communities', 'work', 'pensions', 'science', 'technology',
]);

/**
 * A title as a set of words, after expanding abbreviations ("PM"), folding spellings ("Defense") and
 * dropping padding ("of", "Affairs"): "Foreign Affairs Minister", "Minister of Foreign Affairs" and "FM"
 * are all {foreign, minister}.
 */
export function titleWords(title: string, portfolioMinister = true): Set<string> {
  const expanded = foldName(title)
    .split(' ')
    .flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '));
  const words = new Set(expanded.map((w) => SPELLINGS[w] ?? w).filter((w) => w && !PADDING.has(w)));
  if (portfolioMinister && words.has('secretary') && [...words].some((w) => PORTFOLIOS.has(w))) {
    words.delete('secretary');
    words.add('minister');
  }
  return words;
}

/**
 * Two titles that may be the same office said more or less fully: one's words all in the other's
 * ("Secretary of State" and "Secretary"; "Prime Minister" and "PM"). Only titles with words of their own
 * on both sides ("Senator" against "Secretary of State") disagree.
 */
export function compatibleTitles(a: string, b: string): boolean {
  const [x, y] = [titleWords(a), titleWords(b)];
  if (x.size === 0 || y.size === 0) return true;
  if ([x, y].some((words) => [...words].every((w) => DESCRIPTIONS.has(w)))) return true;
  const within = (p: Set<string>, q: Set<string>) => [...p].every((w) => q.has(w));
  if (within(x, y) || within(y, x)) return true;
  // "Secretary" alone is the "Homeland Security Secretary" said short, before either is read as a minister.
  const [u, v] = [titleWords(a, false), titleWords(b, false)];
  return within(u, v) || within(v, u);
}

/**
 * Different titles for one person from different articles within a month, for the same country (the
 * role's, else the person's), neither title part of the other: "Senator" against "Secretary of State".
 * Roles chained by the month window make one period; a period holding such a conflict is one discrepancy
 * listing every title given in it, dated by its first month.
 */
export function roleDiscrepancies(entities: readonly ResolvedEntity[]): Discrepancy[] {
  const found: Discrepancy[] = [];
  const pastTitle = pastTitles();
  for (const entity of entities) {
    const claimed = claimsOf(entity, pastTitle);
    const roles = entity.roles
      .map((r) => ({ role: r, date: r.date!, title: r.title, country: claimed(r) }))
      .filter((r) => r.country !== null)
      .sort((a, b) => a.date.localeCompare(b.date));
    const byCountry = new Map<string, typeof roles>();
    for (const r of roles) {
      const same = byCountry.get(r.country!);
      if (same) same.push(r);
      else byCountry.set(r.country!, [r]);
    }
    for (const sameCountry of byCountry.values()) {
      for (const period of periods(sameCountry)) {
        if (!conflicting(period)) continue;
        const tally = new VariantTally();
        for (const r of period)
          tally.add([...titleWords(r.title)].sort().join(' '), r.role.title, r.role.evidence);
        found.push(
          discrepancy('role', `${entity.name}'s title in ${period[0]!.date.slice(0, 7)}`, tally.variants()),
        );
      }
    }
  }
  return found;
}

/**
 * The sets of titles one sentence gives together, by the span they were read from: "Prime Minister and
 * Foreign Minister X" is one person holding both offices at once.
 */
function titlesHeldTogether(roles: readonly ResolvedRole[]): string[][] {
  const bySpan = new Map<string, Set<string>>();
  for (const r of roles) {
    const span = `${r.evidence.articleId}|${r.evidence.start}|${r.evidence.end}`;
    bySpan.set(span, (bySpan.get(span) ?? new Set()).add(r.title));
  }
  return [...bySpan.values()].filter((titles) => titles.size > 1).map((titles) => [...titles]);
}

/** Two titles one source gives as held together, each said more or less fully. */
function heldTogether(a: string, b: string, together: readonly string[][]): boolean {
  return together.some((titles) =>
    titles.some((x) => compatibleTitles(x, a) && titles.some((y) => y !== x && compatibleTitles(y, b))),
  );
}

/**
 * Whether two roles of a period, from different articles and within the window, give titles that cannot
 * both hold: neither is part of the other, and no source of the period names both as one person's offices
 * (one article's "Prime Minister and Foreign Minister" makes another's "Foreign Minister" a second office,
 * not a contradiction of a third's "Prime Minister"; a "Defence Minister" still conflicts). Asked title by
 * title: a title is compatible with itself and compatibility is symmetric, so only two distinct titles can
 * conflict, and a large actor's period of hundreds of roles gives a handful of titles (role by role against
 * every other, its cost grew with the square of the actor's articles).
 */
function conflicting(period: ReadonlyArray<{ role: ResolvedRole; date: string; title: string }>): boolean {
  const byTitle = new Map<string, Array<(typeof period)[number]>>();
  for (const r of period) {
    const same = byTitle.get(r.title);
    if (same) same.push(r);
    else byTitle.set(r.title, [r]);
  }
  const together = titlesHeldTogether(period.map((r) => r.role));
  const titles = [...byTitle.keys()];
  for (let i = 0; i < titles.length; i++)
    for (let j = i + 1; j < titles.length; j++) {
      if (compatibleTitles(titles[i]!, titles[j]!)) continue;
      if (heldTogether(titles[i]!, titles[j]!, together)) continue;
      for (const a of byTitle.get(titles[i]!)!)
        for (const b of byTitle.get(titles[j]!)!)
          if (
            a.role.evidence.articleId !== b.role.evidence.articleId &&
            Math.abs(daysBetween(a.date, b.date)) <= ROLE_WINDOW_DAYS
          )
            return true;
    }
  return false;
}

/** Date-ordered items cut wherever more than the window separates one from the next. */
function periods<T extends { date: string }>(sorted: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const item of sorted) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && daysBetween(last.date, item.date) <= ROLE_WINDOW_DAYS) current.push(item);
    else out.push([item]);
  }
  return out;
}
