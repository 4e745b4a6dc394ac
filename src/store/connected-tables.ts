/** Tables the connected records live in, in either store; `beginRelink` empties them all. */
export const CONNECTED_TABLES = [
  'connected_actors',
  'connected_actor_keys',
  'connected_actor_names',
  'connected_members',
  'connected_actor_roles',
  'connected_actor_counts',
  'connected_actor_event_counts',
  'connected_hidden_groups',
  'connected_hidden_keys',
  'connected_hidden_members',
  'connected_events',
  'connected_event_actors',
  'connected_event_ties',
  'connected_edge_counts',
  'connected_event_articles',
  'connected_passages',
  'connected_measures',
  'connected_series',
  'connected_measures_kept',
  'connected_discrepancies',
  'furniture_keys',
];

/**
 * Tables of what linking derives from one article alone (its event reports): not connected records, but
 * made by the rules as they are, so `beginRelink` empties them too and linking makes them again.
 */
export const ARTICLE_DERIVED_TABLES = ['event_reports'];
