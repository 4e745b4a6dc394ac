/**
 * Generated from the API's OpenAPI document by scripts/api-types.ts: do not edit by hand.
 * Regenerate with `npm run api-types` after changing the API's schemas (src/api/schemas/).
 */
import type { ActorsPaths } from './actors';
import type { ArticlesPaths } from './articles';
import type { BriefPaths } from './brief';
import type { DiscrepanciesPaths } from './discrepancies';
import type { EntitiesPaths } from './entities';
import type { EventsPaths } from './events';
import type { ExportPaths } from './export';
import type { FiguresPaths } from './figures';
import type { IngestPaths } from './ingest';
import type { JobsPaths } from './jobs';
import type { NetworkPaths } from './network';
import type { QuotesPaths } from './quotes';
import type { SearchPaths } from './search';
import type { SeriesPaths } from './series';
import type { StoriesPaths } from './stories';
import type { TimelinePaths } from './timeline';

export type { components } from './components';

/** Every path of the API, each resource's from its own file. */
export interface paths
  extends ActorsPaths,
    ArticlesPaths,
    BriefPaths,
    DiscrepanciesPaths,
    EntitiesPaths,
    EventsPaths,
    ExportPaths,
    FiguresPaths,
    IngestPaths,
    JobsPaths,
    NetworkPaths,
    QuotesPaths,
    SearchPaths,
    SeriesPaths,
    StoriesPaths,
    TimelinePaths {}
