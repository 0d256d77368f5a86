import { apiPath } from '../../core/paths.js';

const hubs = apiPath('/v2/orgs/:org/hub');

/** The event feed's and the webhook subscriptions' paths: routes and Location are built from these. */
export const eventPaths = { events: apiPath('/v2/orgs/:org/events'), hubs, hub: hubs.below('/:hubId') };
