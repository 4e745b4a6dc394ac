import type { Entity, Mention, NameSpan, Sentence, Token } from '../../core/analysis.js';
import { assemble } from './assemble.js';
import { type Candidate, findCandidates, sentenceLocator } from './candidates.js';
import { clusterPeople, type PersonCluster } from './people.js';
import { findPronounReferences, findTitleReferences, type PeopleInArticle } from './references.js';
import { indexCandidates, readRoles, type RoleReading } from './roles.js';

export interface EntitiesInput {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  names: NameSpan[];
}

/**
 * The entities stage: the tagger's names and the gazetteer's hits become mentions of people, organisations,
 * countries, places and other things; people get the roles written next to their names; surnames,
 * honorific forms, titles and pronouns join the person they refer to; "the Kremlin" and an acting "Moscow"
 * stand for Russia's government. Pure; linear in the text but for the per-person work.
 *
 * Expects `sentences` in text order covering the text, and `names` as offsets into `text`; does not use
 * `tokens` (gazetteer matching runs on characters, so it does not depend on how "U.S." was split).
 */
export function resolveEntities(input: EntitiesInput): { mentions: Mention[]; entities: Entity[] } {
  const { text, names } = input;
  const sentences = input.sentences.length > 0 ? input.sentences : [{ start: 0, end: text.length, index: 0 }];
  const sentenceByIndex = new Map(sentences.map((s) => [s.index, s]));
  const candidates = findCandidates(text, names, sentences);
  const index = indexCandidates(candidates);
  // Read once per candidate: clustering asks for the roles to tell people sharing a surname apart.
  const read = new Map<Candidate, RoleReading[]>();
  const rolesOf = (c: Candidate): RoleReading[] => {
    let readings = read.get(c);
    if (!readings) {
      const sentence = sentenceByIndex.get(c.sentence);
      readings = sentence ? readRoles(text, c, sentence, index) : [];
      read.set(c, readings);
    }
    return readings;
  };
  const clusters = clusterPeople(candidates, rolesOf);

  const roles = new Map<PersonCluster, RoleReading[]>();
  for (const cluster of clusters) roles.set(cluster, cluster.candidates.flatMap(rolesOf));
  const people: PeopleInArticle = {
    clusters,
    roles,
    roleEvidence: [...roles.values()].flat().map((r) => r.evidence),
    sentenceOf: sentenceLocator(sentences),
  };
  const titles = findTitleReferences(text, index, people);
  const pronouns = findPronounReferences(text, sentences, people, titles);
  return assemble(candidates, clusters, roles, [...titles, ...pronouns]);
}
