import type {
  ArticleRepository,
  DecisionRepository,
  LinkRepository,
  ReadingRepository,
  UnitOfWork,
} from '../core/ports.js';

export type { ArticleLinks, EntityDecision, ListQuery, StoredSignature } from '../core/ports.js';

/**
 * Everything Dossier keeps: the repositories the layers above declare (`src/core/ports.ts`), behind one
 * object. Every method is async so that a networked database (PostgreSQL) sits behind the same interface
 * as the embedded SQLite file. All of the contract is exercised by one conformance suite
 * (`conformance.ts`) that every implementation passes unchanged.
 */
export interface Store
  extends ArticleRepository, ReadingRepository, LinkRepository, DecisionRepository, UnitOfWork<Store> {
  close(): Promise<void>;
}
