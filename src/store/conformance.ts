import { describe } from 'node:test';
import { actorEventCases } from './conformance/actor-events.js';
import { actorItemCases } from './conformance/actor-items.js';
import { actorSliceCases } from './conformance/actor-slice.js';
import { articleCases } from './conformance/articles.js';
import { connectedCases } from './conformance/connected.js';
import { recordCountCases } from './conformance/counts.js';
import { largeActorCases } from './conformance/large-actors.js';
import { largeActorRoleCases } from './conformance/large-actor-roles.js';
import { eventReportCases } from './conformance/event-reports.js';
import { readingItemCases } from './conformance/items.js';
import { linkCases } from './conformance/links.js';
import { storyCases } from './conformance/stories.js';
import { recordViewCases } from './conformance/views.js';
import type { Store } from './store.js';

/**
 * The behaviour every `Store` owes its callers. Each implementation's test file runs this suite against a
 * real database; a new backend is done when it passes unchanged.
 */
export function runStoreConformance(name: string, openStore: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    articleCases(openStore);
    linkCases(openStore);
    storyCases(openStore);
    connectedCases(openStore);
    largeActorCases(openStore);
    largeActorRoleCases(openStore);
    eventReportCases(openStore);
    recordViewCases(openStore);
    actorSliceCases(openStore);
    actorEventCases(openStore);
    recordCountCases(openStore);
    readingItemCases(openStore);
    actorItemCases(openStore);
  });
}
