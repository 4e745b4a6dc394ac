/**
 * Event headlines, in one place for everything that shows an event: `headlineOf` words one event from its
 * record, `eventHeadlines` gives every event of a connected dossier its headline.
 */
export { headlineOf } from './compose.js';
export type { HeadlineActor, HeadlineEvent, Toll } from './compose.js';
export { eventHeadlines, headlineFor } from './events.js';
