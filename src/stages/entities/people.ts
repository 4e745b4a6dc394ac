import { type Candidate, withoutGeneration as core } from './candidates.js';
import type { Gender } from './titles.js';

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

/** The cluster mentioned last before `offset`, else the first one mentioned after it. */
function nearest(clusters: readonly PersonCluster[], offset: number): PersonCluster | undefined {
  let before: PersonCluster | undefined;
  let beforeAt = -1;
  let after: PersonCluster | undefined;
  let afterAt = Infinity;
  for (const cluster of clusters) {
    for (const c of cluster.candidates) {
      if (c.start < offset && c.start > beforeAt) [before, beforeAt] = [cluster, c.start];
      if (c.start > offset && c.start < afterAt) [after, afterAt] = [cluster, c.start];
    }
  }
  return before ?? after;
}

/**
 * Groups the people's candidates into persons. Full names first, in text order: the same surname and a
 * matching first name join a person, a different first name makes another. Then surnames and honorific
 * forms join the person with that surname, earlier or later in the article; when several share it, the
 * one mentioned last before (else first after) wins.
 */
export function clusterPeople(candidates: readonly Candidate[]): PersonCluster[] {
  const people = candidates.filter((c) => c.type === 'person');
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  const add = (c: Candidate, cluster: PersonCluster | undefined): void => {
    if (cluster) {
      cluster.candidates.push(c);
      cluster.gender ??= c.gender;
      return;
    }
    const created: PersonCluster = { candidates: [c], gender: c.gender };
    clusters.push(created);
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
      compatible(cluster.gender, c.gender),
    );
    add(c, options.length > 1 ? nearest(options, c.start) : options[0]);
  }
  for (const cluster of clusters) cluster.candidates.sort((a, b) => a.start - b.start);
  return clusters;
}
