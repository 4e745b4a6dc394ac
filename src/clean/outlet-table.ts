import table from './data/outlets.json' with { type: 'json' };

/** One row of `data/outlets.json`: a news outlet or agency we know by its domain and its names. */
export interface KnownOutlet {
  domain: string;
  name: string;
  /** Other names the outlet goes by, including its own abbreviation ("ST"), never someone else's. */
  aliases: string[];
  /** Wire agencies: their credit on a story says who wrote it, not who published it. */
  agency?: boolean;
}

const OUTLETS: readonly KnownOutlet[] = table;

const byDomain = new Map(OUTLETS.map((outlet) => [outlet.domain, outlet]));
const byName = new Map<string, KnownOutlet>();
for (const outlet of OUTLETS) {
  for (const name of [outlet.name, ...outlet.aliases]) {
    if (!byName.has(nameKey(name))) byName.set(nameKey(name), outlet);
  }
}

function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The outlet a host belongs to, trying `edition.cnn.com`, then `cnn.com`. */
export function outletByHost(host: string): KnownOutlet | null {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const found = byDomain.get(labels.slice(start).join('.'));
    if (found) return found;
  }
  return null;
}

/** Abbreviations match only as written ("ST", not "st"), so a common word never passes for an outlet. */
export function outletByName(name: string): KnownOutlet | null {
  const key = nameKey(name);
  const found = byName.get(key);
  if (!found) return null;
  const spellings = [found.name, ...found.aliases].filter((spelling) => nameKey(spelling) === key);
  const matches = spellings.some((spelling) => !/^[A-Z]{2,5}$/.test(spelling) || spelling === name.trim());
  return matches ? found : null;
}

/** Upper-case credits a wire story ends or starts with: REUTERS, AFP, AP… */
export const AGENCY_CREDITS: ReadonlySet<string> = new Set(
  OUTLETS.filter((outlet) => outlet.agency)
    .flatMap((outlet) => [outlet.name, ...outlet.aliases])
    .filter((name) => /^[\p{L}-]+$/u.test(name))
    .map((name) => name.toUpperCase()),
);

/** Second-level labels under which registries sell names (`co.uk`, `com.au`). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The registrable part of a host: `news.example.co.uk` → `example.co.uk`. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const country = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const keep = country.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
