import { type Candidate, withoutGeneration as core } from './candidates.js';
import { givenNameGender } from './given-names.js';
import type { RoleReading } from './roles.js';
import { type Gender, titlesDisagree } from './titles.js';

/** One person in the article and the candidates naming them. */
export interface PersonCluster {
  candidates: Candidate[];
  gender: Gender | null;
}

const PARTICLE = /^(?:von|van|der|den|de|da|di|du|del|la|le|al|el|bin|ben|ibn)$/;

/**
 * The surname a name ends with, lower-cased, with its generational suffix if any ("trump jr"); particles
 * make no full name ("von der Leyen").
 */
function surname(words: readonly string[]): string {
  const name = core(words);
  const generation = name.length < words.length ? ` ${words[words.length - 1]!.replace(/\.$/, '')}` : '';
  return `${name[name.length - 1] ?? ''}${generation}`.toLowerCase();
}
const isFullName = (c: Candidate): boolean => core(c.words).length >= 2 && !PARTICLE.test(c.words[0] ?? '');

/** "Donald" and "D." or "Donald" match; "Jared" and "Charles" do not. */
function sameFirstName(a: string, b: string): boolean {
  const x = a.replace(/\.$/, '').toLowerCase();
  const y = b.replace(/\.$/, '').toLowerCase();
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

const compatible = (a: Gender | null, b: Gender | null): boolean => a === null || b === null || a === b;

/**
 * The gender of a person the article names in full, for an honorific's sake: the one its honorifics and
 * pronouns gave it, else the one its given names agree on ("Boris Johnson" a man, so "Mrs Johnson" beside
 * him is someone else, his wife).
 */
function genderForHonorific(cluster: PersonCluster): Gender | null {
  if (cluster.gender) return cluster.gender;
  const given = new Set(cluster.candidates.filter(isFullName).map((m) => givenNameGender(m.words[0] ?? '')));
  return given.size === 1 ? [...given][0]! : null;
}

/** The full-name mention of one of `clusters` last before `c`, with its cluster. */
function lastFullNameBefore(
  clusters: readonly PersonCluster[],
  c: Candidate,
): { cluster: PersonCluster; mention: Candidate } | undefined {
  let found: { cluster: PersonCluster; mention: Candidate } | undefined;
  for (const cluster of clusters)
    for (const mention of cluster.candidates)
      if (mention.kind === 'name' && mention.start < c.start && mention.start > (found?.mention.start ?? -1))
        found = { cluster, mention };
  return found;
}

const sameTitle = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * A title written with a bare surname ("Speaker Johnson") that the one person of that surname the article
 * names never holds there, while holding another ("Senator Ron Johnson"): someone else of the name, whom
 * the article does not name in full.
 */
function titleDisagrees(
  cluster: PersonCluster,
  c: Candidate,
  rolesOf: (c: Candidate) => readonly RoleReading[],
): boolean {
  const titles = (m: Candidate) => rolesOf(m).map((r) => r.title);
  return titlesDisagree(titles(c), cluster.candidates.flatMap(titles));
}

/**
 * Which of several people sharing a surname a bare surname or honorific form names, or none. Precision
 * first, since joining the wrong one merges two people: a title written with it ("Speaker Johnson") picks
 * the one person holding that title, and a title nobody holds picks no one; else the news habit of
 * introducing the person by full name the sentence before ("Jared Kushner flew home. Kushner said") picks
 * that person, unless another of them is named in between or in the same sentence.
 */
function disambiguate(
  options: readonly PersonCluster[],
  c: Candidate,
  rolesOf: (c: Candidate) => readonly RoleReading[],
): PersonCluster | undefined {
  const written = rolesOf(c).map((r) => r.title);
  if (written.length > 0) {
    const holders = options.filter((cluster) =>
      cluster.candidates.some((m) => rolesOf(m).some((r) => written.some((t) => sameTitle(t, r.title)))),
    );
    return holders.length === 1 ? holders[0] : undefined;
  }
  const last = lastFullNameBefore(options, c);
  if (!last || last.mention.sentence !== c.sentence - 1) return undefined;
  const interloper = options.some(
    (cluster) =>
      cluster !== last.cluster &&
      cluster.candidates.some((m) => m.start > last.mention.start && m.sentence <= c.sentence),
  );
  return interloper ? undefined : last.cluster;
}

/** "Sir Keir", "Dame Priti": the British styles that take a first name, not a surname. */
const KNIGHTED = /^(?:Sir|Dame)\s+\S+$/;

/** The one person named in full with this one-word candidate's word as first name, if only one is. */
function byFirstName(clusters: readonly PersonCluster[], c: Candidate): PersonCluster | undefined {
  const first = c.words[0]?.toLowerCase();
  const named = clusters.filter((cluster) =>
    cluster.candidates.some((m) => isFullName(m) && m.words[0]?.toLowerCase() === first),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Groups the people's candidates into persons. Full names first, in text order: the same surname and a
 * matching first name join a person, a different first name makes another. Then surnames and honorific
 * forms join the person with that surname, earlier or later in the article; when several share it, only
 * with evidence (`disambiguate`), and without it the mention is a person of its own that nothing else
 * joins; so is one whose title the one person of that surname does not hold (`titleDisagrees`). `rolesOf` reads the roles written around a candidate.
 */
export function clusterPeople(
  candidates: readonly Candidate[],
  rolesOf: (c: Candidate) => readonly RoleReading[],
): PersonCluster[] {
  const people = candidates.filter((c) => c.type === 'person');
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  const add = (c: Candidate, cluster: PersonCluster | undefined, joinable = true): void => {
    if (cluster) {
      cluster.candidates.push(c);
      cluster.gender ??= c.gender;
      return;
    }
    const created: PersonCluster = { candidates: [c], gender: c.gender };
    clusters.push(created);
    if (!joinable) return;
    const list = bySurname.get(surname(c.words)) ?? [];
    list.push(created);
    bySurname.set(surname(c.words), list);
  };
  for (const c of people.filter(isFullName)) {
    const first = c.words[0] ?? '';
    const same = (bySurname.get(surname(c.words)) ?? []).find((cluster) =>
      cluster.candidates.some((other) => sameFirstName(other.words[0] ?? '', first)),
    );
    add(c, same);
  }
  for (const c of people.filter((p) => !isFullName(p))) {
    const options = (bySurname.get(surname(c.words)) ?? []).filter((cluster) =>
      compatible(c.gender === null ? cluster.gender : genderForHonorific(cluster), c.gender),
    );
    if (options.length === 1 && titleDisagrees(options[0]!, c, rolesOf)) add(c, undefined, false);
    else if (options.length === 0 && KNIGHTED.test(c.text)) add(c, byFirstName(clusters, c));
    else if (options.length <= 1) add(c, options[0]);
    else {
      const chosen = disambiguate(options, c, rolesOf);
      add(c, chosen, chosen !== undefined);
    }
  }
  for (const cluster of clusters) cluster.candidates.sort((a, b) => a.start - b.start);
  return clusters;
}
