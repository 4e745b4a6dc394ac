import type { Article, ArticleDraft, ArticlePatch, Evidence, EvidenceOrigin } from './types.js';

/** How much a user can trust where a value came from: what they said beats what we guessed. */
const ORIGIN_STRENGTH: Record<EvidenceOrigin, number> = {
  user: 4,
  manifest: 3,
  metadata: 2,
  url: 1,
  text: 0,
};

export type MetadataUpdate = Partial<
  Pick<
    Article,
    'title' | 'author' | 'outlet' | 'outletEvidence' | 'published' | 'publishedEvidence' | 'publishedRange'
  >
>;

/**
 * What a second copy of a stored text teaches about its metadata: a manifest that dates an article
 * ingested from a bare folder, a page whose meta tags name the outlet we had guessed from a footer.
 * A value replaces the stored one only when its evidence is stronger; a user's correction is never
 * overridden. Null when the copy adds nothing.
 */
export function metadataUpdate(
  stored: Article,
  incoming: ArticleDraft,
  userSet: ReadonlySet<string>,
): MetadataUpdate | null {
  const update: MetadataUpdate = {};
  if (!userSet.has('title') && stored.title === null && incoming.title !== null)
    update.title = incoming.title;
  if (stored.author === null && incoming.author !== null) update.author = incoming.author;
  if (
    !userSet.has('outlet') &&
    incoming.outlet !== null &&
    stronger(
      incoming.outletEvidence?.origin,
      stored.outlet === null ? undefined : stored.outletEvidence?.origin,
    )
  ) {
    update.outlet = incoming.outlet;
    update.outletEvidence = incoming.outletEvidence;
  }
  const datedBy = (a: ArticleDraft) =>
    a.published !== null || a.publishedRange !== null ? (a.publishedEvidence?.origin ?? 'text') : undefined;
  if (!userSet.has('published') && stronger(datedBy(incoming), datedBy(stored))) {
    update.published = incoming.published;
    update.publishedEvidence = incoming.publishedEvidence;
    update.publishedRange = incoming.publishedRange;
  }
  return Object.keys(update).length > 0 ? update : null;
}

function stronger(incoming: EvidenceOrigin | undefined, stored: EvidenceOrigin | undefined): boolean {
  if (incoming === undefined) return false;
  if (stored === undefined) return true;
  return ORIGIN_STRENGTH[incoming] > ORIGIN_STRENGTH[stored];
}

const USER_EVIDENCE: Evidence = { origin: 'user', detail: 'set by the user (dossier set)' };

/**
 * A user's correction applied to an article: the corrected fields carry `user` evidence, and a corrected
 * date is a day, not a range. Every store applies it when a user corrects an article and again to each new
 * revision, so a correction outlives the text it was made on.
 */
export function applyPatch<T extends Omit<Article, 'ingestedAt'>>(article: T, patch: ArticlePatch): T {
  const result = { ...article };
  if (patch.title !== undefined) result.title = patch.title;
  if (patch.outlet !== undefined) {
    result.outlet = patch.outlet;
    result.outletEvidence = USER_EVIDENCE;
  }
  if (patch.published !== undefined) {
    result.published = patch.published;
    result.publishedEvidence = USER_EVIDENCE;
    result.publishedRange = null;
  }
  return result;
}
