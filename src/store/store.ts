import type {
  ArticleRepository,
  ChangeWatch,
  ConnectedRepository,
  DecisionRepository,
  IntakeRepository,
  LinkRepository,
  ReadingRepository,
  RecordViews,
  SentenceRepository,
  SqlExecutor,
  UnitOfWork,
  WhileWaiting,
} from '../core/ports.js';

export type {
  ArticleLinks,
  ConnectedUpdate,
  EntityDecision,
  ListQuery,
  StoredSignature,
} from '../core/ports.js';

/**
 * Everything Dossier keeps: the repositories the layers above declare (`src/core/ports.ts`), behind one
 * object. Every method is async so that a networked database (PostgreSQL) sits behind the same interface
 * as the embedded SQLite file. All of the contract is exercised by one conformance suite
 * (`conformance.ts`) that every implementation passes unchanged.
 */
export interface Store
  extends
    ArticleRepository,
    ReadingRepository,
    LinkRepository,
    ConnectedRepository,
    DecisionRepository,
    SentenceRepository,
    ChangeWatch,
    UnitOfWork<Store> {
  /** The connected records in pages, for the API and the read commands. */
  readonly views: RecordViews;
  close(): Promise<void>;
}

/**
 * A store several processes and machines share (PostgreSQL): it also keeps the workers' intake, and runs
 * SQL for a job queue in the same database inside its transactions.
 */
export interface SharedStore extends Store, IntakeRepository, SqlExecutor {
  transaction<T>(work: (store: SharedStore) => Promise<T>, waiting?: WhileWaiting): Promise<T>;
  /**
   * A transaction of one of the workers' stages: `link` (storing and linking rows) and `connect` (their
   * connected records) each exclude their own kind and every `transaction`, not each other.
   */
  stageTransaction<T>(
    stage: 'link' | 'connect',
    work: (store: SharedStore) => Promise<T>,
    waiting?: WhileWaiting,
  ): Promise<T>;
}

export function isSharedStore(store: Store): store is SharedStore {
  return 'addIntake' in store && 'executeSql' in store;
}
