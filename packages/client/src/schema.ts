/**
 * Generated from the service's /openapi.json by `npm run client:generate` (openapi-typescript). Do not edit:
 * test/console/client-drift.test.ts fails when this file and the served document disagree.
 */

export interface paths {
    "/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The error catalogue (HTML, or JSON with Accept: application/json)
         * @description The error catalogue (HTML, or JSON with Accept: application/json)
         */
        get: operations["getErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Liveness: the process answers
         */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers and migrations are applied
         * @description Readiness: the database answers and migrations are applied
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: requests by route, method and status, operations, the outbox, hub deliveries
         * @description Prometheus metrics: requests by route, method and status, operations, the outbox, hub deliveries
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search bundles (one of account_id, legacy_account_id, legacy_id is required)
         * @description At least one of account_id, legacy_account_id, legacy_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, account_id, legacy_account_id, legacy_id, status.
         */
        get: operations["getBundles"];
        put?: never;
        /**
         * Create a bundle
         * @description Create a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a bundle
         * @description Get a bundle.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getBundlesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a bundle
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a bundle. Allowed paths: `/status`, `/legacy_id`, `/catalogue_bundled_commercial_product_id`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: ACTIVE → DEACTIVATED; any other is 400 INVALID_BUNDLE_STATUS.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchBundlesItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Bundle's status history, oldest first
         * @description The Bundle's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getBundlesStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's subscriptions
         * @description A bundle's subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date.
         */
        get: operations["getBundlesSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/agile_tv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's AGILE_TV subscriptions
         * @description A bundle's AGILE_TV subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, service_id, product_id, is_primary.
         */
        get: operations["getBundlesSubscriptionsAgileTv"];
        put?: never;
        /**
         * Create a AGILE_TV subscription in a bundle
         * @description Create a AGILE_TV subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsAgileTv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/amazon_prime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's AMAZON_PRIME subscriptions
         * @description A bundle's AMAZON_PRIME subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, service_id, product_id.
         */
        get: operations["getBundlesSubscriptionsAmazonPrime"];
        put?: never;
        /**
         * Create a AMAZON_PRIME subscription in a bundle
         * @description Create a AMAZON_PRIME subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsAmazonPrime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/broadband": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's BROADBAND subscriptions
         * @description A bundle's BROADBAND subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, legacy_service_id, technology.
         */
        get: operations["getBundlesSubscriptionsBroadband"];
        put?: never;
        /**
         * Create a BROADBAND subscription in a bundle
         * @description Create a BROADBAND subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsBroadband"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/device_insurance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's DEVICE_INSURANCE subscriptions
         * @description A bundle's DEVICE_INSURANCE subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, device_id, legacy_device_id, insurance_policy_id.
         */
        get: operations["getBundlesSubscriptionsDeviceInsurance"];
        put?: never;
        /**
         * Create a DEVICE_INSURANCE subscription in a bundle
         * @description Create a DEVICE_INSURANCE subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsDeviceInsurance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/disney": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's DISNEY subscriptions
         * @description A bundle's DISNEY subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, user_id, service_id, product_id.
         */
        get: operations["getBundlesSubscriptionsDisney"];
        put?: never;
        /**
         * Create a DISNEY subscription in a bundle
         * @description Create a DISNEY subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsDisney"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/landline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's LANDLINE subscriptions
         * @description A bundle's LANDLINE subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, phone_number, legacy_service_id.
         */
        get: operations["getBundlesSubscriptionsLandline"];
        put?: never;
        /**
         * Create a LANDLINE subscription in a bundle
         * @description Create a LANDLINE subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsLandline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/max": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's MAX subscriptions
         * @description A bundle's MAX subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, service_id, product_id.
         */
        get: operations["getBundlesSubscriptionsMax"];
        put?: never;
        /**
         * Create a MAX subscription in a bundle
         * @description Create a MAX subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsMax"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's MOBILE subscriptions
         * @description A bundle's MOBILE subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, msisdn, imsi, iccid, msisdn_prefix.
         */
        get: operations["getBundlesSubscriptionsMobile"];
        put?: never;
        /**
         * Create a MOBILE subscription in a bundle
         * @description Create a MOBILE subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsMobile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/multisim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's MULTISIM subscriptions
         * @description A bundle's MULTISIM subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, main, msisdn, imsi, iccid, msisdn_prefix.
         */
        get: operations["getBundlesSubscriptionsMultisim"];
        put?: never;
        /**
         * Create a MULTISIM subscription in a bundle
         * @description Create a MULTISIM subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsMultisim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/netflix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's NETFLIX subscriptions
         * @description A bundle's NETFLIX subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, partner_account_id, service_id.
         */
        get: operations["getBundlesSubscriptionsNetflix"];
        put?: never;
        /**
         * Create a NETFLIX subscription in a bundle
         * @description Create a NETFLIX subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsNetflix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/orange_tv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's ORANGE_TV subscriptions
         * @description A bundle's ORANGE_TV subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, external_id.
         */
        get: operations["getBundlesSubscriptionsOrangeTv"];
        put?: never;
        /**
         * Create a ORANGE_TV subscription in a bundle
         * @description Create a ORANGE_TV subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsOrangeTv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/bundles/{bundleId}/subscriptions/orange_tv_libre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bundle's ORANGE_TV_LIBRE subscriptions
         * @description A bundle's ORANGE_TV_LIBRE subscriptions.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, registration_email, service_id.
         */
        get: operations["getBundlesSubscriptionsOrangeTvLibre"];
        put?: never;
        /**
         * Create a ORANGE_TV_LIBRE subscription in a bundle
         * @description Create a ORANGE_TV_LIBRE subscription in a bundle.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postBundlesSubscriptionsOrangeTvLibre"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the devices of the org by MAC address and/or serial number (one of them is required), newest first
         * @description At least one of mac_address, serial_number is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Filters (all must hold): mac_address, serial_number.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org's event log after a sequence, in commit order (replay: page on with after=next_after)
         * @description The org's event log after a sequence, in commit order (replay: page on with after=next_after).
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): after.
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/exports/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream the org's subscriptions: NDJSON (one GET answer a line) or CSV (Accept: text/csv); needs subscriptions:admin
         * @description One consistent snapshot, ordered by creation_date then id, streamed in constant memory; the search filters are optional. CSV columns: id,type,status,bundle_id,account_id,msisdn,creation_date,activation_date,deactivation_date,promotions,add_ons,devices (the last three are counts; RFC 4180 quoting; a null is empty). Gzip-encoded only when Accept-Encoding names gzip.
         *
         *     Filters (all must hold): legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getExportsSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/hub": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org's webhook registrations with their delivery counters, oldest first
         * @description The org's webhook registrations with their delivery counters, oldest first.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor.
         */
        get: operations["getHub"];
        put?: never;
        /**
         * Register a webhook: every event (or those of event_types) is POSTed to callback, signed with the secret shown only in this answer
         * @description Register a webhook: every event (or those of event_types) is POSTed to callback, signed with the secret shown only in this answer.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postHub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/hub/{hubId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook registration with its delivery counters (delivered, pending, dead); the dead letters are at …/hub/{hubId}/dead_letters
         * @description A webhook registration with its delivery counters (delivered, pending, dead); the dead letters are at …/hub/{hubId}/dead_letters.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getHubItem"];
        put?: never;
        post?: never;
        /**
         * Unregister a webhook: its pending deliveries and dead letters go with it
         * @description Unregister a webhook: its pending deliveries and dead letters go with it.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        delete: operations["deleteHubItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/hub/{hubId}/dead_letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's dead letters: the events given up after 10 failed attempts, with the last error, oldest first
         * @description A webhook's dead letters: the events given up after 10 failed attempts, with the last error, oldest first.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor.
         */
        get: operations["getHubDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org's asynchronous operations, oldest first
         * @description The org's asynchronous operations, oldest first.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, type, status, creation_date.
         */
        get: operations["getOperations"];
        put?: never;
        /**
         * Run an administration batch, or rehearse it with `dry_run=true`: a CSV with one operation per line (202; waits up to `wait` seconds for it to finish)
         * @description Run an administration batch, or rehearse it with `dry_run=true`: a CSV with one operation per line (202; waits up to `wait` seconds for it to finish).
         *
         *     Answers 202 with the operation that applies the change, and `Location` pointing at it (GET …/operations/{operationId} until SUCCEEDED or FAILED).
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postOperations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An asynchronous operation: its status, outcome and progress (an administration batch also its file name)
         * @description An asynchronous operation: its status, outcome and progress (an administration batch also its file name).
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getOperationsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/operations/{operationId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An administration batch's per-line results, in file order (the lines that have run so far)
         * @description An administration batch's per-line results, in file order (the lines that have run so far).
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, outcome.
         */
        get: operations["getOperationsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search subscriptions (one of legacy_id, legacy_account_id, legacy_bundle_id, account_id is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date.
         */
        get: operations["getSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription (any type)
         * @description Get a subscription (any type).
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a subscription (any type)
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of any type. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/add_ons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription's add-ons
         * @description A subscription's add-ons.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, activation_date, legacy_add_on_id.
         */
        get: operations["getSubscriptionsAddOns"];
        put?: never;
        /**
         * Add an add-on to a subscription
         * @description Add an add-on to a subscription.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsAddOns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/add_ons/{addonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription's add-on
         * @description Get a subscription's add-on.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsAddOnsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch an add-on
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to an add-on. Allowed paths: `/status`, `/activation_date` (only while REQUESTED), `/legacy_id`, `/provider_product_id`, `/provider_service_id`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: REQUESTED → ACTIVE, REQUESTED → CANCELLED; any other is 400 INVALID_ADD_ON_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/add_ons/{addonId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsAddOnsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/add_ons/{addonId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an ACTIVE add-on (202: an operation applies it)
         * @description Deactivate an ACTIVE add-on (202: an operation applies it).
         *
         *     Answers 202 with the operation that applies the change, and `Location` pointing at it (GET …/operations/{operationId} until SUCCEEDED or FAILED).
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        post: operations["postSubscriptionsAddOnsDeactivation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/add_ons/{addonId}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promotions linked to an add-on (Promotions found for the add-on)
         * @description The promotions linked to an add-on (Promotions found for the add-on).
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, activation_date, expiration_date, status.
         */
        get: operations["getSubscriptionsAddOnsPromotions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/add_ons/{addonId}/promotions/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a promotion linked to an add-on
         * @description Get a promotion linked to an add-on.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsAddOnsPromotionsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a promotion linked to an add-on
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a promotion linked to an add-on. Allowed paths: `/status`, `/activation_date` (only while REQUESTED), `/catalogue_promotion_id` (only while REQUESTED), `/expiration_date`, `/legacy_id`, `/origin`, add `/commitments/-` (while REQUESTED or ACTIVE); any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: REQUESTED → ACTIVE; any other is 400 INVALID_PROMOTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/promotions/{promotionId}/deactivation; CANCELLED through POST …/promotions/{promotionId}/cancellation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsAddOnsPromotionsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/add_ons/{addonId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The AddOn's status history, oldest first
         * @description The AddOn's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsAddOnsStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/change_requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subscription's change requests, oldest first
         * @description The subscription's change requests, oldest first.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, status, date_scheduled, type.
         */
        get: operations["getSubscriptionsChangeRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/change_requests/{changeRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a change request
         * @description Get a change request.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsChangeRequestsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/change_requests/{changeRequestId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a REQUESTED change request
         * @description Cancel a REQUESTED change request.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        post: operations["postSubscriptionsChangeRequestsCancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/change_requests/{changeRequestId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ChangeRequest's status history, oldest first
         * @description The ChangeRequest's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsChangeRequestsStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/change_requests/tariff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a tariff change: the bundle's commercial offer and new promotions, executed at date_scheduled
         * @description Request a tariff change: the bundle's commercial offer and new promotions, executed at date_scheduled.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsChangeRequestsTariff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription's contracts
         * @description A subscription's contracts.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor.
         */
        get: operations["getSubscriptionsContracts"];
        put?: never;
        /**
         * Add a contract to a subscription
         * @description Add a contract to a subscription.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsContracts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a subscription's contract
         * @description Get a subscription's contract.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsContractsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/credit_limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subscription's credit limits (a bare array, [] when none is set)
         * @description The subscription's credit limits (a bare array, [] when none is set).
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsCreditLimits"];
        put?: never;
        /**
         * Set credit limits (1–6 kinds, each at most once, applied together)
         * @description Set credit limits (1–6 kinds, each at most once, applied together).
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsCreditLimits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/credit_limits/{creditLimitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One credit limit kind of the subscription, with its history
         * @description One credit limit kind of the subscription, with its history.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsCreditLimitsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a subscription (202: an operation applies it at the deactivation date)
         * @description Deactivate a subscription (202: an operation applies it at the deactivation date).
         *
         *     Answers 202 with the operation that applies the change, and `Location` pointing at it (GET …/operations/{operationId} until SUCCEEDED or FAILED).
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        post: operations["postSubscriptionsDeactivation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription's devices
         * @description A subscription's devices.
         *
         *     Filters (all must hold): mac_address.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevices"];
        put?: never;
        /**
         * Add a device (with its commitments) to a PRE_ACTIVE, ACTIVE or SUSPENDED subscription
         * @description Add a device (with its commitments) to a PRE_ACTIVE, ACTIVE or SUSPENDED subscription.
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsDevices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device of a subscription
         * @description Get a device of a subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a device
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a device. Allowed paths: `/legacy_id`, `/catalogue_commercial_device_id`, `/catalogue_device_id`, `/reservation_id`, `/signature_process_id`, `/shipping_order_id`, `/pickup_order_id`, `/in_store_delivery_date`, `/in_store_returned_date`, `/manufacturing_info`, `/serial_number`, `/mac_address`, `/imei`, `/acquisition_type`, `/insurable_amount`, `/legacy_account_id`, `/manufacturing_info/**`, add `/commitments/-`; any other path is 400 PATCH_PATH_NOT_ALLOWED.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsDevicesItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/commitments/{commitmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a device's commitment
         * @description Get a device's commitment.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesCommitmentsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a device's commitment
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a device's commitment. Allowed paths: `/status`, `/expiration_date` (only while ACTIVE), `/legacy_id`, `/catalogue_term_id`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: ACTIVE → DEACTIVATED; any other is 400 INVALID_COMMITMENT_STATUS. A status change needs a `reason`.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsDevicesCommitmentsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/commitments/{commitmentId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Commitment's status history, oldest first
         * @description The Commitment's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesCommitmentsStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/payment_plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A device's payment plans, oldest first
         * @description A device's payment plans, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesPaymentPlans"];
        put?: never;
        /**
         * Create the payment plan of a FINANCED device (instalments computed; one ACTIVE plan per device)
         * @description Create the payment plan of a FINANCED device (instalments computed; one ACTIVE plan per device).
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsDevicesPaymentPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/payment_plans/{paymentPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payment plan
         * @description Get a payment plan.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesPaymentPlansItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a payment plan
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a payment plan. Allowed paths: `/status`, `/legacy_id`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: ACTIVE → COMPLETED, ACTIVE → CANCELLED; any other is 400 INVALID_PAYMENT_PLAN_STATUS. A status change needs a `reason`.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsDevicesPaymentPlansItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/payment_plans/{paymentPlanId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The PaymentPlan's status history, oldest first
         * @description The PaymentPlan's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesPaymentPlansStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promotions linked to an device (Promotions found for the device)
         * @description The promotions linked to an device (Promotions found for the device).
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, activation_date, expiration_date, status.
         */
        get: operations["getSubscriptionsDevicesPromotions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/devices/{deviceId}/promotions/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a promotion linked to an device
         * @description Get a promotion linked to an device.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDevicesPromotionsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a promotion linked to an device
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a promotion linked to an device. Allowed paths: `/status`, `/activation_date` (only while REQUESTED), `/catalogue_promotion_id` (only while REQUESTED), `/expiration_date`, `/legacy_id`, `/origin`, add `/commitments/-` (while REQUESTED or ACTIVE); any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: REQUESTED → ACTIVE; any other is 400 INVALID_PROMOTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/promotions/{promotionId}/deactivation; CANCELLED through POST …/promotions/{promotionId}/cancellation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsDevicesPromotionsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription's promotions (Promotions found for the subscription)
         * @description A subscription's promotions (Promotions found for the subscription).
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, activation_date, expiration_date, status.
         */
        get: operations["getSubscriptionsPromotions"];
        put?: never;
        /**
         * Add a promotion to a subscription (with its commitments)
         * @description Add a promotion to a subscription (with its commitments).
         *
         *     Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         */
        post: operations["postSubscriptionsPromotions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a promotion
         * @description Get a promotion.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsPromotionsItem"];
        /**
         * Replace a promotion's client fields (the PATCH rules apply; every existing commitment must be kept)
         * @description Replace a promotion's client fields (the PATCH rules apply; every existing commitment must be kept).
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        put: operations["putSubscriptionsPromotionsItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a promotion
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a promotion. Allowed paths: `/status`, `/activation_date` (only while REQUESTED), `/catalogue_promotion_id` (only while REQUESTED), `/expiration_date`, `/legacy_id`, `/origin`, add `/commitments/-` (while REQUESTED or ACTIVE); any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: REQUESTED → ACTIVE; any other is 400 INVALID_PROMOTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/promotions/{promotionId}/deactivation; CANCELLED through POST …/promotions/{promotionId}/cancellation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsPromotionsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a REQUESTED promotion (202: an operation applies it)
         * @description Cancel a REQUESTED promotion (202: an operation applies it).
         *
         *     Answers 202 with the operation that applies the change, and `Location` pointing at it (GET …/operations/{operationId} until SUCCEEDED or FAILED).
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        post: operations["postSubscriptionsPromotionsCancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}/commitments/{commitmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a promotion's commitment
         * @description Get a promotion's commitment.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsPromotionsCommitmentsItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a promotion's commitment
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a promotion's commitment. Allowed paths: `/status`, `/expiration_date` (only while ACTIVE), `/legacy_id`, `/catalogue_term_id`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: ACTIVE → DEACTIVATED; any other is 400 INVALID_COMMITMENT_STATUS. A status change needs a `reason`.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsPromotionsCommitmentsItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}/commitments/{commitmentId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Commitment's status history, oldest first
         * @description The Commitment's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsPromotionsCommitmentsStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an ACTIVE promotion (202: an operation applies it)
         * @description Deactivate an ACTIVE promotion (202: an operation applies it).
         *
         *     Answers 202 with the operation that applies the change, and `Location` pointing at it (GET …/operations/{operationId} until SUCCEEDED or FAILED).
         *
         *     An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        post: operations["postSubscriptionsPromotionsDeactivation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/promotions/{promotionId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Promotion's status history, oldest first
         * @description The Promotion's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsPromotionsStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/{subscriptionId}/status_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Subscription's status history, oldest first
         * @description The Subscription's status history, oldest first.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsStatusHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/agile_tv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search AGILE_TV subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, service_id, product_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, service_id, product_id, is_primary.
         */
        get: operations["getSubscriptionsAgileTv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/agile_tv/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a AGILE_TV subscription
         * @description Get a AGILE_TV subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsAgileTvItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a AGILE_TV subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type AGILE_TV. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsAgileTvItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/amazon_prime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search AMAZON_PRIME subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, service_id, product_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, service_id, product_id.
         */
        get: operations["getSubscriptionsAmazonPrime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/amazon_prime/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a AMAZON_PRIME subscription
         * @description Get a AMAZON_PRIME subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsAmazonPrimeItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a AMAZON_PRIME subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type AMAZON_PRIME. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsAmazonPrimeItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/broadband": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search BROADBAND subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, legacy_service_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, legacy_service_id, technology.
         */
        get: operations["getSubscriptionsBroadband"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/broadband/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a BROADBAND subscription
         * @description Get a BROADBAND subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsBroadbandItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a BROADBAND subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type BROADBAND. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsBroadbandItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/device_insurance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search DEVICE_INSURANCE subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, device_id, legacy_device_id, insurance_policy_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, device_id, legacy_device_id, insurance_policy_id.
         */
        get: operations["getSubscriptionsDeviceInsurance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/device_insurance/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DEVICE_INSURANCE subscription
         * @description Get a DEVICE_INSURANCE subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDeviceInsuranceItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a DEVICE_INSURANCE subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type DEVICE_INSURANCE. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsDeviceInsuranceItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/disney": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search DISNEY subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, user_id, service_id, product_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, user_id, service_id, product_id.
         */
        get: operations["getSubscriptionsDisney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/disney/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DISNEY subscription
         * @description Get a DISNEY subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsDisneyItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a DISNEY subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type DISNEY. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsDisneyItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/landline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search LANDLINE subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, phone_number, legacy_service_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, phone_number, legacy_service_id.
         */
        get: operations["getSubscriptionsLandline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/landline/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a LANDLINE subscription
         * @description Get a LANDLINE subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsLandlineItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a LANDLINE subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type LANDLINE. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsLandlineItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/max": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search MAX subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, service_id, product_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, service_id, product_id.
         */
        get: operations["getSubscriptionsMax"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/max/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a MAX subscription
         * @description Get a MAX subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsMaxItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a MAX subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type MAX. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsMaxItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search MOBILE subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, msisdn, imsi, iccid, msisdn_prefix is required, else 400 MISSING_QUERY_PARAMS. msisdn_prefix: Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, msisdn, imsi, iccid, msisdn_prefix.
         */
        get: operations["getSubscriptionsMobile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/mobile/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a MOBILE subscription
         * @description Get a MOBILE subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsMobileItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a MOBILE subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type MOBILE. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsMobileItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/multisim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search MULTISIM subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, main, msisdn, imsi, iccid, msisdn_prefix is required, else 400 MISSING_QUERY_PARAMS. msisdn_prefix: Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, main, msisdn, imsi, iccid, msisdn_prefix.
         */
        get: operations["getSubscriptionsMultisim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/multisim/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a MULTISIM subscription
         * @description Get a MULTISIM subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsMultisimItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a MULTISIM subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type MULTISIM. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsMultisimItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/netflix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search NETFLIX subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, partner_account_id, service_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, partner_account_id, service_id.
         */
        get: operations["getSubscriptionsNetflix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/netflix/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a NETFLIX subscription
         * @description Get a NETFLIX subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsNetflixItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a NETFLIX subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type NETFLIX. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsNetflixItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/orange_tv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search ORANGE_TV subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, external_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, external_id.
         */
        get: operations["getSubscriptionsOrangeTv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/orange_tv_libre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search ORANGE_TV_LIBRE subscriptions (an identifying filter is required)
         * @description At least one of legacy_id, legacy_account_id, legacy_bundle_id, account_id, registration_email, service_id is required, else 400 MISSING_QUERY_PARAMS.
         *
         *     Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.
         *
         *     Filters (all must hold): cursor, legacy_id, legacy_account_id, legacy_bundle_id, account_id, mandatory, status, type, activation_date, deactivation_date, registration_email, service_id.
         */
        get: operations["getSubscriptionsOrangeTvLibre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/orange_tv_libre/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ORANGE_TV_LIBRE subscription
         * @description Get a ORANGE_TV_LIBRE subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsOrangeTvLibreItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a ORANGE_TV_LIBRE subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type ORANGE_TV_LIBRE. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsOrangeTvLibreItem"];
        trace?: never;
    };
    "/v2/orgs/{org}/subscriptions/orange_tv/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ORANGE_TV subscription
         * @description Get a ORANGE_TV subscription.
         *
         *     Answers with an `ETag`; `If-None-Match` with the current one answers 304.
         */
        get: operations["getSubscriptionsOrangeTvItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch a ORANGE_TV subscription
         * @description Applies a JSON Patch (RFC 6902: add, replace, remove, test) to a subscription of type ORANGE_TV. Allowed paths: `/status`, `/activation_date` (only together with the PRE_ACTIVE → ACTIVE transition), `/mandatory`, `/catalogue_commercial_product_id`, `/pre_scoring_id`, `/legacy_id`, `/specific_data`, `/specific_data/**`; any other path is 400 PATCH_PATH_NOT_ALLOWED. Status transitions by PATCH of `/status`: PRE_ACTIVE → ACTIVE, PRE_ACTIVE → CANCELLED, ACTIVE → SUSPENDED, SUSPENDED → ACTIVE; any other is 400 INVALID_SUBSCRIPTION_STATUS. Set through their own endpoint (PATCH answers 400 OPERATION_NOT_SUPPORTED): DEACTIVATED through POST …/subscriptions/{subscriptionId}/deactivation.
         *
         *     `If-Match` applies the change only to that version of the resource, else 412.
         */
        patch: operations["patchSubscriptionsOrangeTvItem"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AddOn */
        AddOn: {
            /** Format: date-time */
            activation_date: string | null;
            /** @description Catalogue add-on ID */
            catalogue_add_on_id: string;
            /** @description MySim/Apollo related id for the Add-On catalogue resource definition */
            catalogue_add_on_legacy_id: string;
            /**
             * Format: date-time
             * @description add-on creation date. Format according to ISO 8601
             */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            /**
             * Format: uuid
             * @description Add-on unique identifier
             */
            id: string;
            /** Format: date-time */
            last_updated_date: string;
            /** @description Legacy add-on id Linked to MySim/Apollo storage, to be deprecated. */
            legacy_id: number | null;
            /** @description External provider product identifier */
            provider_product_id: string | null;
            /** @description External provider service identifier */
            provider_service_id: string | null;
            /**
             * @description add-on status
             * @enum {string}
             */
            status: "REQUESTED" | "ACTIVE" | "CANCELLED" | "DEACTIVATED";
        };
        /** AddOnCreate */
        AddOnCreate: {
            /** Format: date-time */
            activation_date?: string | null;
            /** @description Catalogue add-on ID */
            catalogue_add_on_id: string;
            /** @description MySim/Apollo related id for the Add-On catalogue resource definition */
            catalogue_add_on_legacy_id: string;
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            creation_date?: string | null;
            /** @description Set by the server; accepted and replaced */
            creation_system?: string | null;
            /** @description Set by the server; accepted and replaced */
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            /** @description Set by the server; accepted and replaced */
            deactivation_system?: string | null;
            /** @description Set by the server; accepted and replaced */
            deactivation_user?: string | null;
            /**
             * Format: uuid
             * @description Add-on unique identifier
             */
            id: string;
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            last_updated_date?: string | null;
            /** @description Legacy add-on id Linked to MySim/Apollo storage, to be deprecated. */
            legacy_id?: number | null;
            /** @description External provider product identifier */
            provider_product_id?: string | null;
            /** @description External provider service identifier */
            provider_service_id?: string | null;
            /**
             * @description add-on status
             * @enum {string}
             */
            status: "REQUESTED" | "ACTIVE" | "CANCELLED" | "DEACTIVATED";
        };
        /** AddOnsSet */
        AddOnsSet: {
            items: components["schemas"]["AddOn"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** AdministrationOperation */
        AdministrationOperation: {
            attempts: number;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** @description True for a batch rehearsal (`POST /operations?dry_run=true`, API.md 17.4): its lines ran and were rolled back, nothing was kept but its results */
            dry_run: boolean;
            /** Format: date-time */
            end_date: string | null;
            error: {
                code: string;
                message: string;
            } | null;
            /** @description The file part's filename */
            file_name: string | null;
            /** Format: uuid */
            id: string;
            progress: {
                failed: number;
                processed: number;
                succeeded: number;
                total: number;
            } | null;
            reason: string | null;
            /**
             * Format: date-time
             * @description When the operation becomes due
             */
            scheduled_date: string;
            /** Format: date-time */
            start_date: string | null;
            /** @enum {string} */
            status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
            target: {
                href: string;
                id: string;
                /** @enum {string} */
                kind: "SUBSCRIPTION" | "BUNDLE" | "PROMOTION" | "ADD_ON" | "COMMITMENT" | "CHANGE_REQUEST" | "BATCH";
                /** Format: uuid */
                subscription_id: string | null;
            };
            /** @enum {string} */
            type: "ADMINISTRATION_BATCH";
        };
        /** AdministrationOperationResponse */
        AdministrationOperationResponse: {
            attempts: number;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** @description True for a batch rehearsal (`POST /operations?dry_run=true`, API.md 17.4): its lines ran and were rolled back, nothing was kept but its results */
            dry_run: boolean;
            /** Format: date-time */
            end_date: string | null;
            error: {
                code: string;
                message: string;
            } | null;
            /** @description The file part's filename */
            file_name: string | null;
            /** Format: uuid */
            id: string;
            progress: {
                failed: number;
                processed: number;
                succeeded: number;
                total: number;
            } | null;
            reason: string | null;
            /** @description Every line's outcome once the batch has ended, for batches of up to 1000 lines; else null (see …/results) */
            results: components["schemas"]["BatchLineResult"][] | null;
            /**
             * Format: date-time
             * @description When the operation becomes due
             */
            scheduled_date: string;
            /** Format: date-time */
            start_date: string | null;
            /** @enum {string} */
            status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
            target: {
                href: string;
                id: string;
                /** @enum {string} */
                kind: "SUBSCRIPTION" | "BUNDLE" | "PROMOTION" | "ADD_ON" | "COMMITMENT" | "CHANGE_REQUEST" | "BATCH";
                /** Format: uuid */
                subscription_id: string | null;
            };
            /** @enum {string} */
            type: "ADMINISTRATION_BATCH";
        };
        /** AgileTv */
        AgileTv: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /** @default true */
                is_primary?: boolean;
                product_id: string;
                service_id: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** AgileTvCreate */
        AgileTvCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /** @default true */
                is_primary?: boolean;
                product_id: string;
                service_id: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** AgileTvSet */
        AgileTvSet: {
            items: components["schemas"]["AgileTv"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** AmazonPrime */
        AmazonPrime: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                billing_id?: string;
                product_id: string;
                service_id: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** AmazonPrimeCreate */
        AmazonPrimeCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                billing_id?: string;
                product_id: string;
                service_id: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** AmazonPrimeSet */
        AmazonPrimeSet: {
            items: components["schemas"]["AmazonPrime"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** AsyncOperation */
        AsyncOperation: {
            attempts: number;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** @description True for a batch rehearsal (`POST /operations?dry_run=true`, API.md 17.4): its lines ran and were rolled back, nothing was kept but its results */
            dry_run: boolean;
            /** Format: date-time */
            end_date: string | null;
            error: {
                code: string;
                message: string;
            } | null;
            /** Format: uuid */
            id: string;
            progress: {
                failed: number;
                processed: number;
                succeeded: number;
                total: number;
            } | null;
            reason: string | null;
            /**
             * Format: date-time
             * @description When the operation becomes due
             */
            scheduled_date: string;
            /** Format: date-time */
            start_date: string | null;
            /** @enum {string} */
            status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
            target: {
                href: string;
                id: string;
                /** @enum {string} */
                kind: "SUBSCRIPTION" | "BUNDLE" | "PROMOTION" | "ADD_ON" | "COMMITMENT" | "CHANGE_REQUEST" | "BATCH";
                /** Format: uuid */
                subscription_id: string | null;
            };
            /** @enum {string} */
            type: "PROMOTION_DEACTIVATION" | "PROMOTION_CANCELLATION" | "ADD_ON_DEACTIVATION" | "SUBSCRIPTION_DEACTIVATION" | "CHANGE_REQUEST_EXECUTION" | "ADMINISTRATION_BATCH" | "PROMOTION_ACTIVATION" | "PROMOTION_EXPIRATION" | "COMMITMENT_EXPIRATION";
        };
        /** BatchLineResult */
        BatchLineResult: {
            error: {
                code: string;
                message: string;
            } | null;
            /** @description The file's line number (the header is line 1) */
            line: number;
            /** @enum {string} */
            operation: "DEACTIVATE_SUBSCRIPTION" | "SET_SUBSCRIPTION_STATUS" | "DEACTIVATE_PROMOTION" | "CANCEL_PROMOTION" | "DEACTIVATE_ADD_ON" | "DEACTIVATE_COMMITMENT" | "SET_CREDIT_LIMIT";
            /** @enum {string} */
            outcome: "SUCCEEDED" | "FAILED";
            resource_id: string | null;
            /** Format: uuid */
            subscription_id: string;
        };
        /** BatchResultList */
        BatchResultList: {
            items: components["schemas"]["BatchLineResult"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Broadband */
        Broadband: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                download_speed_mbps?: number;
                installation_address: {
                    city: string;
                    /**
                     * @description ISO 3166-1 alpha-2
                     * @default ES
                     */
                    country?: string;
                    postal_code: string;
                    province?: string;
                    street: string;
                };
                /** @description Work order id in the legacy stack */
                legacy_service_id?: string;
                /** @enum {string} */
                technology: "FTTH" | "ADSL" | "VDSL" | "FIXED_WIRELESS";
                upload_speed_mbps?: number;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** BroadbandCreate */
        BroadbandCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                download_speed_mbps?: number;
                installation_address: {
                    city: string;
                    /**
                     * @description ISO 3166-1 alpha-2
                     * @default ES
                     */
                    country?: string;
                    postal_code: string;
                    province?: string;
                    street: string;
                };
                /** @description Work order id in the legacy stack */
                legacy_service_id?: string;
                /** @enum {string} */
                technology: "FTTH" | "ADSL" | "VDSL" | "FIXED_WIRELESS";
                upload_speed_mbps?: number;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** BroadbandSet */
        BroadbandSet: {
            items: components["schemas"]["Broadband"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Bundle */
        Bundle: {
            /** @description Customer account */
            account_id: string;
            /** @description The commercial offer the lines are sold under */
            catalogue_bundled_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            /** @description Matched by the legacy_bundle_id filters */
            legacy_id: number | null;
            /** @enum {string} */
            status: "ACTIVE" | "DEACTIVATED";
        };
        /** BundleCreate */
        BundleCreate: {
            /** @description Customer account */
            account_id: string;
            /** @description The commercial offer the lines are sold under */
            catalogue_bundled_commercial_product_id: string;
            /** @description Set by the server; accepted and replaced */
            creation_date?: unknown;
            /** @description Set by the server; accepted and replaced */
            creation_system?: unknown;
            /** @description Set by the server; accepted and replaced */
            creation_user?: unknown;
            /** Format: uuid */
            id?: string;
            /** @description Set by the server; accepted and replaced */
            last_updated_date?: unknown;
            /** @description Set by the server; accepted and replaced */
            last_updated_user?: unknown;
            legacy_account_id?: number | null;
            /** @description Matched by the legacy_bundle_id filters */
            legacy_id?: number | null;
            /** @enum {string} */
            status?: "ACTIVE";
        };
        /** BundlesSet */
        BundlesSet: {
            items: components["schemas"]["Bundle"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** ChangeRequest */
        ChangeRequest: {
            /** Format: date-time */
            creation_date: string;
            /**
             * Format: date-time
             * @description When the change is executed
             */
            date_scheduled: string;
            /**
             * Format: date-time
             * @description When the change was applied
             */
            execution_date: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_updated_date: string;
            /**
             * Format: uuid
             * @description A change request of the same subscription
             */
            parent_change_request: string | null;
            reason: components["schemas"]["ChangeRequestReason"];
            request_system: string;
            request_user: string;
            specific_data: components["schemas"]["TariffSpecificData"];
            status: components["schemas"]["ChangeRequestStatus"];
            status_detail: components["schemas"]["ChangeRequestStatusDetail"];
            /** @enum {string} */
            type: "TARIFF";
        };
        /** ChangeRequestCancellation */
        ChangeRequestCancellation: {
            reason: components["schemas"]["ChangeRequestReason"];
        };
        /**
         * ChangeRequestReason
         * @enum {string}
         */
        ChangeRequestReason: "SUBSCRIBER_REQUESTED" | "COMMERCIAL_ACTION" | "RETENTION" | "CORRECTION" | "OTHER";
        /** ChangeRequestsSet */
        ChangeRequestsSet: {
            items: components["schemas"]["ChangeRequest"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /**
         * ChangeRequestStatus
         * @enum {string}
         */
        ChangeRequestStatus: "REQUESTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
        /** ChangeRequestStatusDetail */
        ChangeRequestStatusDetail: {
            /** Format: date-time */
            date: string;
            description: string | null;
            reason: string;
        } | null;
        /** Commitment */
        Commitment: {
            /** Format: date-time */
            cancellation_date: string | null;
            cancellation_reason: string | null;
            cancellation_system: string | null;
            cancellation_user: string | null;
            /** @description The catalogue term that defines it */
            catalogue_term_id: string | null;
            /** Format: date-time */
            creation_date: string;
            /**
             * Format: date-time
             * @description End of the commitment period
             */
            expiration_date: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_updated_date: string;
            legacy_id: number | null;
            /**
             * Format: date-time
             * @description When it started binding; null while its promotion is REQUESTED
             */
            start_date: string | null;
            /** @enum {string} */
            status: "ACTIVE" | "EXPIRED" | "DEACTIVATED";
        };
        /** CommitmentCreate */
        CommitmentCreate: {
            /** Format: date-time */
            cancellation_date?: string | null;
            /** @description Kept by a migration load */
            cancellation_reason?: string | null;
            /** @description Set by the server; kept by a migration load */
            cancellation_system?: string | null;
            /** @description Set by the server; kept by a migration load */
            cancellation_user?: string | null;
            /** @description The catalogue term that defines it */
            catalogue_term_id?: string | null;
            /** Format: date-time */
            creation_date?: string | null;
            /**
             * Format: date-time
             * @description End of the commitment period
             */
            expiration_date?: string | null;
            /** Format: uuid */
            id?: string;
            /** Format: date-time */
            last_updated_date?: string | null;
            legacy_id?: number | null;
            /**
             * Format: date-time
             * @description When it started binding; null while its promotion is REQUESTED
             */
            start_date?: string | null;
            /** @enum {string|null} */
            status?: "ACTIVE" | "EXPIRED" | "DEACTIVATED" | null;
        };
        /** Contract */
        Contract: {
            /**
             * Format: date-time
             * @description Creation date according to ISO 8601
             */
            creation_date: string;
            /** @description System that created the contract */
            creation_system: string;
            /** @description User who created the contract */
            creation_user: string;
            /** @description Documents service contract id */
            documents_contract_id: string;
            /** @description Documents service owner id */
            documents_owner_id: string;
            /**
             * Format: uuid
             * @description Contract id
             */
            id: string;
            /**
             * Format: date-time
             * @description Last update date according to ISO 8601
             */
            last_updated_date: string;
            /** @description User who last updated the contract */
            last_updated_user: string;
        };
        /** ContractCreate */
        ContractCreate: {
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            creation_date?: string | null;
            /** @description Set by the server; accepted and replaced */
            creation_system?: string | null;
            /** @description Set by the server; accepted and replaced */
            creation_user?: string | null;
            /** @description Documents service contract id */
            documents_contract_id: string;
            /** @description Documents service owner id */
            documents_owner_id: string;
            /**
             * Format: uuid
             * @description Contract id
             */
            id: string;
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            last_updated_date?: string | null;
            /** @description Set by the server; accepted and replaced */
            last_updated_user?: string | null;
        };
        /** ContractsSet */
        ContractsSet: {
            items: components["schemas"]["Contract"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** CreditLimit */
        CreditLimit: {
            credit_limit_id: components["schemas"]["CreditLimitKind"];
            /** @description 0–100000. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            credit_limit_value: number;
            /**
             * Format: date-time
             * @description When this value was set
             */
            effective_date: string;
            /** @description The earlier values, newest first */
            historical_changes: components["schemas"]["CreditLimitChange"][];
            reason: string;
            update_system: string;
            update_user: string;
        };
        /** CreditLimitChange */
        CreditLimitChange: {
            /** @description 0–100000. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            credit_limit_value: number;
            /**
             * Format: date-time
             * @description When this value was set
             */
            effective_date: string;
            reason: string;
            update_system: string;
            update_user: string;
        };
        /** CreditLimitInput */
        CreditLimitInput: {
            credit_limit_id: components["schemas"]["CreditLimitKind"];
            /** @description 0–100000. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            credit_limit_value: number;
            /** @description Set by the server; accepted and replaced */
            effective_date?: unknown;
            /** @description Set by the server; accepted and replaced */
            historical_changes?: unknown;
            reason: string;
            /** @description Set by the server; accepted and replaced */
            update_system?: unknown;
            /** @description Set by the server; accepted and replaced */
            update_user?: unknown;
        };
        /**
         * CreditLimitKind
         * @enum {string}
         */
        CreditLimitKind: "MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT" | "MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT" | "MOBILE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT" | "MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT" | "LANDLINE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT" | "LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT";
        /** CreditLimitsRequest */
        CreditLimitsRequest: {
            /** @description Each kind at most once */
            credit_limits: components["schemas"]["CreditLimitInput"][];
        };
        /** DeadLetter */
        DeadLetter: {
            attempts: number;
            event: components["schemas"]["Event"];
            /** Format: date-time */
            last_attempt_date: string | null;
            /** @description The last answer status or connection error */
            last_error: string | null;
            sequence: number;
        };
        /** DeadLetterList */
        DeadLetterList: {
            items: components["schemas"]["DeadLetter"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Device */
        Device: {
            /**
             * @description Specifies the type of acquisition for the device
             * @enum {string|null}
             */
            acquisition_type: "BORROWED" | "FINANCED" | "ONE_TIME_PAYMENT" | null;
            /** @description Commercial device id according to catalogue definition */
            catalogue_commercial_device_id: string;
            /** @description Device id according to catalogue definition */
            catalogue_device_id: string | null;
            commitments: components["schemas"]["Commitment"][];
            /** Format: date-time */
            creation_date: string;
            /**
             * Format: uuid
             * @description Device unique identifier
             */
            id: string;
            /** @description The International Mobile Equipment Identity of the device */
            imei: string | null;
            /**
             * Format: date-time
             * @description In shop delivery date to the customer. Format according to ISO 8601.
             */
            in_store_delivery_date: string | null;
            /**
             * Format: date-time
             * @description In shop returned date. Format according to ISO 8601.
             */
            in_store_returned_date: string | null;
            /** @description The insurable value of the device; null means the device is not insurable. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            insurable_amount: number | null;
            /** Format: date-time */
            last_updated_date: string;
            /** @description Account ID associated with the subscription. Currently tied to MySim/Apollo storage. */
            legacy_account_id: number;
            /** @description Legacy unique identifier of the device associated with the subscription */
            legacy_id: number | null;
            /** @description A unique identifier assigned to the device network interface controller. MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms) */
            mac_address: string | null;
            manufacturing_info: {
                /** @description Unique id for specific device */
                id?: string | null;
                /** @description Manufacturing id type */
                id_type?: string | null;
            } | null;
            /** @description Id of the pickup order related to the device according to reverse logistic */
            pickup_order_id: string | null;
            /** @description Id for device reservation */
            reservation_id: string | null;
            /** @description The serial number or any alphanumeric identifier of a particular device (not blank, no control characters) */
            serial_number: string | null;
            /** @description Id of the shipping order related to the device according to logistic */
            shipping_order_id: string | null;
            /** @description Id of the resource containing subscriber valid signature to purchase device */
            signature_process_id: string | null;
            /**
             * Format: uuid
             * @description The subscription that holds the device (read-only)
             */
            subscription_id: string;
        };
        /** DeviceCreate */
        DeviceCreate: {
            /**
             * @description Specifies the type of acquisition for the device
             * @enum {string|null}
             */
            acquisition_type?: "BORROWED" | "FINANCED" | "ONE_TIME_PAYMENT" | null;
            /** @description Commercial device id according to catalogue definition */
            catalogue_commercial_device_id: string;
            /** @description Device id according to catalogue definition */
            catalogue_device_id?: string | null;
            /** @description Created with the device, binding from its creation */
            commitments?: components["schemas"]["CommitmentCreate"][];
            /** Format: date-time */
            creation_date?: string | null;
            /**
             * Format: uuid
             * @description Device unique identifier (generated when absent)
             */
            id?: string;
            /** @description The International Mobile Equipment Identity of the device */
            imei?: string | null;
            /**
             * Format: date-time
             * @description In shop delivery date to the customer. Format according to ISO 8601.
             */
            in_store_delivery_date?: string | null;
            /**
             * Format: date-time
             * @description In shop returned date. Format according to ISO 8601.
             */
            in_store_returned_date?: string | null;
            /** @description The insurable value of the device; null means the device is not insurable. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            insurable_amount?: number | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            /** @description Account ID associated with the subscription. Currently tied to MySim/Apollo storage. */
            legacy_account_id: number;
            /** @description Legacy unique identifier of the device associated with the subscription */
            legacy_id?: number | null;
            /** @description A unique identifier assigned to the device network interface controller. MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms) */
            mac_address?: string | null;
            manufacturing_info?: {
                /** @description Unique id for specific device */
                id?: string | null;
                /** @description Manufacturing id type */
                id_type?: string | null;
            } | null;
            /** @description Id of the pickup order related to the device according to reverse logistic */
            pickup_order_id?: string | null;
            /** @description Id for device reservation */
            reservation_id?: string | null;
            /** @description The serial number or any alphanumeric identifier of a particular device (not blank, no control characters) */
            serial_number?: string | null;
            /** @description Id of the shipping order related to the device according to logistic */
            shipping_order_id?: string | null;
            /** @description Id of the resource containing subscriber valid signature to purchase device */
            signature_process_id?: string | null;
            /**
             * Format: uuid
             * @description The subscription that holds the device (read-only)
             */
            subscription_id?: string | null;
        };
        /** DeviceInsurance */
        DeviceInsurance: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /**
                 * Format: uuid
                 * @description A device of the same customer account
                 */
                device_id: string;
                insurance_policy_id?: string;
                /** @description Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
                insured_amount?: number;
                legacy_device_id?: number;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** DeviceInsuranceCreate */
        DeviceInsuranceCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /**
                 * Format: uuid
                 * @description A device of the same customer account
                 */
                device_id: string;
                insurance_policy_id?: string;
                /** @description Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
                insured_amount?: number;
                legacy_device_id?: number;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** DeviceInsuranceSet */
        DeviceInsuranceSet: {
            items: components["schemas"]["DeviceInsurance"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Disney */
        Disney: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                product_id: string;
                service_id: string;
                user_id: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** DisneyCreate */
        DisneyCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                product_id: string;
                service_id: string;
                user_id: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** DisneySet */
        DisneySet: {
            items: components["schemas"]["Disney"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** ErrorResponse */
        ErrorResponse: {
            error: {
                code: string;
                details?: {
                    line?: number;
                    message: string;
                    path?: string;
                }[];
                message: string;
                reference: string;
            };
        };
        /** Event */
        Event: {
            /**
             * Format: uuid
             * @description The de-duplication id: the same on every delivery and publication of this event
             */
            event_id: string;
            /** Format: date-time */
            event_time: string;
            /** @description <Resource>CreateEvent, <Resource>AttributeValueChangeEvent, <Resource>StateChangeEvent or <Resource>DeleteEvent */
            event_type: string;
            identity: {
                system: string;
                user: string;
            };
            org: string;
            /** @description The resource after the change */
            payload: unknown;
            resource: {
                href: string | null;
                id: string;
                kind: string;
            };
            /** @description The version behind the resource ETag after the change */
            resource_version: number;
            /** @description Per org, from 1, strictly increasing in commit order */
            sequence: number;
        };
        /** EventPage */
        EventPage: {
            items: components["schemas"]["Event"][];
            /** @description The `after` of the next page: the last item sequence, or the `after` sent when empty */
            next_after: number;
        };
        /** Hub */
        Hub: {
            /** @description The http or https URL each event is POSTed to */
            callback: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            deliveries: components["schemas"]["HubDeliveries"];
            /** @description The event types delivered; empty: every type */
            event_types: ("SubscriptionCreateEvent" | "SubscriptionAttributeValueChangeEvent" | "SubscriptionStateChangeEvent" | "SubscriptionDeleteEvent" | "BundleCreateEvent" | "BundleAttributeValueChangeEvent" | "BundleStateChangeEvent" | "BundleDeleteEvent" | "PromotionCreateEvent" | "PromotionAttributeValueChangeEvent" | "PromotionStateChangeEvent" | "PromotionDeleteEvent" | "DeviceCreateEvent" | "DeviceAttributeValueChangeEvent" | "DeviceStateChangeEvent" | "DeviceDeleteEvent" | "AddOnCreateEvent" | "AddOnAttributeValueChangeEvent" | "AddOnStateChangeEvent" | "AddOnDeleteEvent" | "CommitmentCreateEvent" | "CommitmentAttributeValueChangeEvent" | "CommitmentStateChangeEvent" | "CommitmentDeleteEvent" | "ContractCreateEvent" | "ContractAttributeValueChangeEvent" | "ContractStateChangeEvent" | "ContractDeleteEvent" | "ChangeRequestCreateEvent" | "ChangeRequestAttributeValueChangeEvent" | "ChangeRequestStateChangeEvent" | "ChangeRequestDeleteEvent" | "CreditLimitCreateEvent" | "CreditLimitAttributeValueChangeEvent" | "CreditLimitStateChangeEvent" | "CreditLimitDeleteEvent" | "PaymentPlanCreateEvent" | "PaymentPlanAttributeValueChangeEvent" | "PaymentPlanStateChangeEvent" | "PaymentPlanDeleteEvent")[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
        };
        /** HubCreate */
        HubCreate: {
            /**
             * Format: uri
             * @description An http or https URL
             */
            callback: string;
            /** @description Set by the server; accepted and replaced */
            creation_date?: unknown;
            /** @description Set by the server; accepted and replaced */
            creation_system?: unknown;
            /** @description Set by the server; accepted and replaced */
            creation_user?: unknown;
            /** @description Set by the server; accepted and replaced */
            deliveries?: unknown;
            /** @description Deliver only these event types (default: every type) */
            event_types?: ("SubscriptionCreateEvent" | "SubscriptionAttributeValueChangeEvent" | "SubscriptionStateChangeEvent" | "SubscriptionDeleteEvent" | "BundleCreateEvent" | "BundleAttributeValueChangeEvent" | "BundleStateChangeEvent" | "BundleDeleteEvent" | "PromotionCreateEvent" | "PromotionAttributeValueChangeEvent" | "PromotionStateChangeEvent" | "PromotionDeleteEvent" | "DeviceCreateEvent" | "DeviceAttributeValueChangeEvent" | "DeviceStateChangeEvent" | "DeviceDeleteEvent" | "AddOnCreateEvent" | "AddOnAttributeValueChangeEvent" | "AddOnStateChangeEvent" | "AddOnDeleteEvent" | "CommitmentCreateEvent" | "CommitmentAttributeValueChangeEvent" | "CommitmentStateChangeEvent" | "CommitmentDeleteEvent" | "ContractCreateEvent" | "ContractAttributeValueChangeEvent" | "ContractStateChangeEvent" | "ContractDeleteEvent" | "ChangeRequestCreateEvent" | "ChangeRequestAttributeValueChangeEvent" | "ChangeRequestStateChangeEvent" | "ChangeRequestDeleteEvent" | "CreditLimitCreateEvent" | "CreditLimitAttributeValueChangeEvent" | "CreditLimitStateChangeEvent" | "CreditLimitDeleteEvent" | "PaymentPlanCreateEvent" | "PaymentPlanAttributeValueChangeEvent" | "PaymentPlanStateChangeEvent" | "PaymentPlanDeleteEvent")[];
            /**
             * Format: uuid
             * @description Chosen by the client, else generated
             */
            id?: string;
            /** @description Set by the server; accepted and replaced */
            secret?: unknown;
            /** @description Set by the server; accepted and replaced */
            status?: unknown;
        };
        /** HubDeliveries */
        HubDeliveries: {
            /** @description Events given up after 10 attempts: listed at …/hub/{hubId}/dead_letters */
            dead: number;
            /** @description Events delivered (a 2xx answer) */
            delivered: number;
            /** @description Events waiting for their first attempt or a retry */
            pending: number;
        };
        /** HubList */
        HubList: {
            items: components["schemas"]["Hub"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** HubRegistration */
        HubRegistration: {
            /** @description The http or https URL each event is POSTed to */
            callback: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            deliveries: components["schemas"]["HubDeliveries"];
            /** @description The event types delivered; empty: every type */
            event_types: ("SubscriptionCreateEvent" | "SubscriptionAttributeValueChangeEvent" | "SubscriptionStateChangeEvent" | "SubscriptionDeleteEvent" | "BundleCreateEvent" | "BundleAttributeValueChangeEvent" | "BundleStateChangeEvent" | "BundleDeleteEvent" | "PromotionCreateEvent" | "PromotionAttributeValueChangeEvent" | "PromotionStateChangeEvent" | "PromotionDeleteEvent" | "DeviceCreateEvent" | "DeviceAttributeValueChangeEvent" | "DeviceStateChangeEvent" | "DeviceDeleteEvent" | "AddOnCreateEvent" | "AddOnAttributeValueChangeEvent" | "AddOnStateChangeEvent" | "AddOnDeleteEvent" | "CommitmentCreateEvent" | "CommitmentAttributeValueChangeEvent" | "CommitmentStateChangeEvent" | "CommitmentDeleteEvent" | "ContractCreateEvent" | "ContractAttributeValueChangeEvent" | "ContractStateChangeEvent" | "ContractDeleteEvent" | "ChangeRequestCreateEvent" | "ChangeRequestAttributeValueChangeEvent" | "ChangeRequestStateChangeEvent" | "ChangeRequestDeleteEvent" | "CreditLimitCreateEvent" | "CreditLimitAttributeValueChangeEvent" | "CreditLimitStateChangeEvent" | "CreditLimitDeleteEvent" | "PaymentPlanCreateEvent" | "PaymentPlanAttributeValueChangeEvent" | "PaymentPlanStateChangeEvent" | "PaymentPlanDeleteEvent")[];
            /** Format: uuid */
            id: string;
            /** @description The HMAC-SHA256 signing key, shown only in this answer */
            secret: string;
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
        };
        /** Instalment */
        Instalment: {
            /** @description Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            amount: number;
            /**
             * Format: date-time
             * @description Monthly on the start day (clamped to the month end), at the start time of day
             */
            due_date: string;
            /** @description 1 for the first instalment */
            number: number;
        };
        /** Landline */
        Landline: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                legacy_service_id?: string;
                /**
                 * Format: uuid
                 * @description A BROADBAND subscription of the same bundle
                 */
                linked_broadband_id?: string;
                /**
                 * @description Phone number: E.164 (+ and 8–15 digits), or a Spanish landline without + (9 digits starting 8 or 9, or 11 starting 34); spaces and - are ignored; stored as E.164; else 400 INVALID_PHONE_NUMBER
                 * @example +34911223344
                 */
                phone_number: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** LandlineCreate */
        LandlineCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                legacy_service_id?: string;
                /**
                 * Format: uuid
                 * @description A BROADBAND subscription of the same bundle
                 */
                linked_broadband_id?: string;
                /**
                 * @description Phone number: E.164 (+ and 8–15 digits), or a Spanish landline without + (9 digits starting 8 or 9, or 11 starting 34); spaces and - are ignored; stored as E.164; else 400 INVALID_PHONE_NUMBER
                 * @example +34911223344
                 */
                phone_number: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** LandlineSet */
        LandlineSet: {
            items: components["schemas"]["Landline"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Max */
        Max: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                product_id: string;
                service_id: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** MaxCreate */
        MaxCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                product_id: string;
                service_id: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** MaxSet */
        MaxSet: {
            items: components["schemas"]["Max"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Mobile */
        Mobile: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /**
                 * @description ICCID: 18–22 digits with a Luhn check digit, else 400 BAD_REQUEST
                 * @example 8934071234567890125
                 */
                iccid?: string;
                /**
                 * @description IMSI: 14–15 digits (MCC + MNC + MSIN), else 400 INVALID_IMSI
                 * @example 214030000000001
                 */
                imsi: string;
                /**
                 * @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164; else 400 INVALID_MSISDN
                 * @example +34611223344
                 */
                msisdn: string;
                /**
                 * @default PHYSICAL
                 * @enum {string}
                 */
                sim_type?: "PHYSICAL" | "ESIM";
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** MobileCreate */
        MobileCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /**
                 * @description ICCID: 18–22 digits with a Luhn check digit, else 400 BAD_REQUEST
                 * @example 8934071234567890125
                 */
                iccid?: string;
                /**
                 * @description IMSI: 14–15 digits (MCC + MNC + MSIN), else 400 INVALID_IMSI
                 * @example 214030000000001
                 */
                imsi: string;
                /**
                 * @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164; else 400 INVALID_MSISDN
                 * @example +34611223344
                 */
                msisdn: string;
                /**
                 * @default PHYSICAL
                 * @enum {string}
                 */
                sim_type?: "PHYSICAL" | "ESIM";
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** MobileSet */
        MobileSet: {
            items: components["schemas"]["Mobile"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Multisim */
        Multisim: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /**
                 * @description ICCID: 18–22 digits with a Luhn check digit, else 400 BAD_REQUEST
                 * @example 8934071234567890125
                 */
                iccid?: string;
                /**
                 * @description IMSI: 14–15 digits (MCC + MNC + MSIN), else 400 INVALID_IMSI
                 * @example 214030000000001
                 */
                imsi: string;
                /**
                 * Format: uuid
                 * @description The MOBILE subscription this SIM belongs to
                 */
                main: string;
                /** @description Read-only: the main line's number, in E.164 (a value sent is accepted and replaced) */
                msisdn?: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** MultisimCreate */
        MultisimCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /**
                 * @description ICCID: 18–22 digits with a Luhn check digit, else 400 BAD_REQUEST
                 * @example 8934071234567890125
                 */
                iccid?: string;
                /**
                 * @description IMSI: 14–15 digits (MCC + MNC + MSIN), else 400 INVALID_IMSI
                 * @example 214030000000001
                 */
                imsi: string;
                /**
                 * Format: uuid
                 * @description The MOBILE subscription this SIM belongs to
                 */
                main: string;
                /** @description Read-only: the main line's number, in E.164 (a value sent is accepted and replaced) */
                msisdn?: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** MultisimSet */
        MultisimSet: {
            items: components["schemas"]["Multisim"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Netflix */
        Netflix: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /** Format: email */
                email?: string;
                offer_id?: string;
                partner_account_id: string;
                service_id?: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** NetflixCreate */
        NetflixCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /** Format: email */
                email?: string;
                offer_id?: string;
                partner_account_id: string;
                service_id?: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** NetflixSet */
        NetflixSet: {
            items: components["schemas"]["Netflix"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** Operation */
        Operation: {
            /**
             * @description RFC 6902 operation (move and copy are not supported)
             * @enum {string}
             */
            op: "add" | "replace" | "remove" | "test";
            /** @description JSON Pointer (RFC 6901) to a patchable field: starts with "/" */
            path: string;
            /** @description Recorded when the operation changes a status */
            reason?: string;
            value?: unknown;
        };
        /** OperationList */
        OperationList: {
            items: components["schemas"]["AsyncOperation"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** OperationsSet */
        OperationsSet: components["schemas"]["Operation"][];
        /** OrangeTv */
        OrangeTv: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /** @enum {string} */
                customer_type?: "IPTV" | "OTT";
                /** @description Partner user id */
                external_id: string;
                max_set_top_boxes?: number;
                service_plan_ids?: string[];
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** OrangeTvCreate */
        OrangeTvCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /** @enum {string} */
                customer_type?: "IPTV" | "OTT";
                /** @description Partner user id */
                external_id: string;
                max_set_top_boxes?: number;
                service_plan_ids?: string[];
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** OrangeTvLibre */
        OrangeTvLibre: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                /** Format: email */
                registration_email: string;
                service_id: string;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** OrangeTvLibreCreate */
        OrangeTvLibreCreate: {
            account_id?: string;
            /** Format: date-time */
            activation_date?: string | null;
            add_ons?: components["schemas"]["AddOnCreate"][];
            /** Format: uuid */
            bundle_id?: string | null;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date?: string | null;
            creation_system?: string | null;
            creation_user?: string | null;
            /** Format: date-time */
            deactivation_date?: string | null;
            deactivation_system?: string | null;
            deactivation_user?: string | null;
            devices?: components["schemas"]["DeviceCreate"][];
            /** Format: uuid */
            id?: string;
            last_status_reason?: string | null;
            /** Format: date-time */
            last_status_update?: string | null;
            /** Format: date-time */
            last_updated_date?: string | null;
            last_updated_user?: string | null;
            legacy_account_id?: number | null;
            legacy_bundle_id?: number | null;
            /** @description Id in the legacy stack */
            legacy_id?: number | null;
            mandatory?: boolean;
            pre_scoring_id?: string | null;
            promotions?: components["schemas"]["PromotionCreate"][];
            specific_data: {
                /** Format: email */
                registration_email: string;
                service_id: string;
            };
            /**
             * @default PRE_ACTIVE
             * @enum {string}
             */
            status?: "PRE_ACTIVE" | "ACTIVE";
            /** @description Set by the endpoint; accepted and replaced */
            type?: string | null;
        };
        /** OrangeTvLibreSet */
        OrangeTvLibreSet: {
            items: components["schemas"]["OrangeTvLibre"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** OrangeTvSet */
        OrangeTvSet: {
            items: components["schemas"]["OrangeTv"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /** PaymentPlan */
        PaymentPlan: {
            /** Format: date-time */
            creation_date: string;
            /**
             * @description Currency: an ISO 4217 alphabetic code (three capital letters, e.g. EUR)
             * @example EUR
             */
            currency: string;
            /** @description Less than total_amount. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            down_payment: number;
            /**
             * Format: date-time
             * @description The last due date (computed)
             */
            end_date: string;
            /** Format: uuid */
            id: string;
            /** @description Computed: they sum exactly to total_amount − down_payment */
            instalments: components["schemas"]["Instalment"][];
            instalments_count: number;
            /** Format: date-time */
            last_updated_date: string;
            legacy_id: number | null;
            /**
             * Format: date-time
             * @description The first due date
             */
            start_date: string;
            /** @enum {string} */
            status: "ACTIVE" | "COMPLETED" | "CANCELLED";
            /** @description Greater than 0. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            total_amount: number;
        };
        /** PaymentPlanCreate */
        PaymentPlanCreate: {
            /** @description Set by the server; accepted and replaced */
            creation_date?: unknown;
            /**
             * @description Currency: an ISO 4217 alphabetic code (three capital letters, e.g. EUR)
             * @default EUR
             * @example EUR
             */
            currency?: string;
            /** @description Default 0; less than total_amount. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            down_payment?: number;
            /** @description Set by the server; accepted and replaced */
            end_date?: unknown;
            /**
             * Format: uuid
             * @description Generated when absent
             */
            id?: string;
            /** @description Set by the server; accepted and replaced */
            instalments?: unknown;
            instalments_count: number;
            /** @description Set by the server; accepted and replaced */
            last_updated_date?: unknown;
            legacy_id?: number | null;
            /**
             * Format: date-time
             * @description The first due date
             */
            start_date: string;
            /** @enum {string} */
            status?: "ACTIVE";
            /** @description Greater than 0. Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400 */
            total_amount: number;
        };
        /** Promotion */
        Promotion: {
            /**
             * Format: date-time
             * @description When the promotion is or will be available in the subscription
             */
            activation_date: string | null;
            /**
             * Format: uuid
             * @description The add-on of the same subscription the promotion applies to (immutable)
             */
            add_on_id: string | null;
            /** @description Catalogue promotion ID */
            catalogue_promotion_id: string;
            commitments: components["schemas"]["Commitment"][];
            /**
             * Format: date-time
             * @description Promotion creation date. Format according to ISO 8601
             */
            creation_date: string;
            /** @description The system that requested the promotion creation; N/A if not available */
            creation_system: string;
            /** @description The user that requested the promotion creation; N/A if not available */
            creation_user: string;
            /**
             * Format: date-time
             * @description From this time on the promotion is cancelled or inactive
             */
            deactivation_date: string | null;
            /** @description The system that requested the deactivation */
            deactivation_system: string | null;
            /** @description The user that requested the deactivation */
            deactivation_user: string | null;
            /**
             * Format: uuid
             * @description The device of the same subscription the promotion applies to (immutable)
             */
            device_id: string | null;
            /**
             * Format: date-time
             * @description When the promotion expires
             */
            expiration_date: string | null;
            /**
             * Format: uuid
             * @description Promotion ID
             */
            id: string;
            /**
             * Format: date-time
             * @description Date and time when any field of the promotion was last updated
             */
            last_updated_date: string;
            /** @description Legacy promotion ID */
            legacy_id: number | null;
            /**
             * @description Promotion process origin. If not provided, it will be set to EXISTING_CLIENT by default
             * @enum {string}
             */
            origin: "MIGRATION" | "EXISTING_CLIENT" | "UNKNOWN";
            status: components["schemas"]["PromotionStatus"];
            /** @description Detail for the promotion current status */
            status_detail: components["schemas"]["PromotionStatusDetail"];
        };
        /** PromotionCreate */
        PromotionCreate: {
            /**
             * Format: date-time
             * @description When the promotion is or will be available in the subscription
             */
            activation_date?: string | null;
            /**
             * Format: uuid
             * @description The add-on of the same subscription the promotion applies to (immutable)
             */
            add_on_id?: string | null;
            /** @description Catalogue promotion ID */
            catalogue_promotion_id: string;
            commitments?: components["schemas"]["CommitmentCreate"][];
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            creation_date?: string | null;
            /** @description Set by the server; kept by a migration load */
            creation_system?: string | null;
            /** @description Set by the server; kept by a migration load */
            creation_user?: string | null;
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            deactivation_date?: string | null;
            /** @description Set by the server; kept by a migration load */
            deactivation_system?: string | null;
            /** @description Set by the server; kept by a migration load */
            deactivation_user?: string | null;
            /**
             * Format: uuid
             * @description The device of the same subscription the promotion applies to (immutable)
             */
            device_id?: string | null;
            /**
             * Format: date-time
             * @description When the promotion expires
             */
            expiration_date?: string | null;
            /**
             * Format: uuid
             * @description Promotion ID
             */
            id: string;
            /**
             * Format: date-time
             * @description Set by the server; accepted and replaced
             */
            last_updated_date?: string | null;
            /** @description Legacy promotion ID */
            legacy_id?: number | null;
            /**
             * @description Promotion process origin. If not provided, it will be set to EXISTING_CLIENT by default
             * @enum {string}
             */
            origin?: "MIGRATION" | "EXISTING_CLIENT" | "UNKNOWN";
            status: components["schemas"]["PromotionStatus"];
            /** @description Detail for the promotion current status */
            status_detail?: components["schemas"]["PromotionStatusDetail"];
        };
        /** PromotionsSet */
        PromotionsSet: {
            items: components["schemas"]["Promotion"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /**
         * PromotionStatus
         * @enum {string}
         */
        PromotionStatus: "REQUESTED" | "ACTIVE" | "CANCELLED" | "DEACTIVATED" | "EXPIRED";
        /** PromotionStatusDetail */
        PromotionStatusDetail: {
            /** Format: date-time */
            date: string | null;
            description: string | null;
            reason: string;
        } | null;
        /** PromotionTerminationRequest */
        PromotionTerminationRequest: {
            /**
             * @description Reason for the cancellation/deactivation
             * @enum {string}
             */
            reason: "AUTOMATICALLY_REMOVED" | "MANUALLY_REMOVED" | "OTHER" | "PROMOTION_INCOMPATIBILITY" | "SUBSCRIPTION_DEACTIVATION";
        };
        /** StatusChange */
        StatusChange: {
            /** Format: date-time */
            date: string;
            from: string | null;
            /** Format: uuid */
            operation_id: string | null;
            reason: string | null;
            system: string;
            to: string;
            user: string;
        };
        /** Subscription */
        Subscription: {
            account_id: string;
            /** Format: date-time */
            activation_date: string | null;
            add_ons: components["schemas"]["AddOn"][];
            /** Format: uuid */
            bundle_id: string;
            catalogue_commercial_product_id: string;
            /** Format: date-time */
            creation_date: string;
            creation_system: string;
            creation_user: string;
            /** Format: date-time */
            deactivation_date: string | null;
            deactivation_system: string | null;
            deactivation_user: string | null;
            devices: components["schemas"]["Device"][];
            /** Format: uuid */
            id: string;
            last_status_reason: string;
            /** Format: date-time */
            last_status_update: string;
            /** Format: date-time */
            last_updated_date: string;
            last_updated_user: string;
            legacy_account_id: number | null;
            legacy_bundle_id: number | null;
            /** @description Id in the legacy stack */
            legacy_id: number | null;
            mandatory: boolean;
            pre_scoring_id: string | null;
            promotions: components["schemas"]["Promotion"][];
            specific_data: {
                [key: string]: unknown;
            };
            status: components["schemas"]["SubscriptionStatus"];
            type: components["schemas"]["SubscriptionType"];
        };
        /** SubscriptionAddOnDeactivationRequest */
        SubscriptionAddOnDeactivationRequest: {
            /**
             * @description Reason for the deactivation
             * @enum {string}
             */
            reason: "SUBSCRIBER_RESIGNATION";
        };
        /** SubscriptionDeactivationRequest */
        SubscriptionDeactivationRequest: {
            /** @description The ACTIVE commitments the caller acknowledges will end */
            commitments?: string[];
            /**
             * Format: date-time
             * @description Default now; a future date schedules the deactivation
             */
            deactivation_date?: string;
            /** @enum {string} */
            reason: "SUBSCRIBER_REQUESTED" | "PORTABILITY_OUT" | "NON_PAYMENT" | "FRAUD" | "TECHNICAL" | "OTHER";
        };
        /** SubscriptionsSet */
        SubscriptionsSet: {
            items: components["schemas"]["Subscription"][];
            limit: number;
            /** @description Send as cursor= for the next page; null on the last page */
            next_cursor: string | null;
            /** @description Absent on a page reached by cursor */
            offset?: number;
            /** @description Every match; absent on a page reached by cursor */
            total?: number;
        };
        /**
         * SubscriptionStatus
         * @enum {string}
         */
        SubscriptionStatus: "PRE_ACTIVE" | "ACTIVE" | "SUSPENDED" | "DEACTIVATED" | "CANCELLED";
        /**
         * SubscriptionType
         * @enum {string}
         */
        SubscriptionType: "MOBILE" | "BROADBAND" | "LANDLINE" | "ORANGE_TV" | "ORANGE_TV_LIBRE" | "AGILE_TV" | "AMAZON_PRIME" | "MAX" | "DISNEY" | "NETFLIX" | "DEVICE_INSURANCE" | "MULTISIM";
        /** TariffChangeRequestCreate */
        TariffChangeRequestCreate: {
            /** @description Set by the server; accepted and replaced */
            creation_date?: unknown;
            /**
             * Format: date-time
             * @description Default now; at most 5 minutes past and less than a year ahead
             */
            date_scheduled?: string;
            /** @description Set by the server; accepted and replaced */
            execution_date?: unknown;
            /** Format: uuid */
            id?: string;
            /** @description Set by the server; accepted and replaced */
            last_updated_date?: unknown;
            /**
             * Format: uuid
             * @description A change request of the same subscription
             */
            parent_change_request?: string | null;
            reason: components["schemas"]["ChangeRequestReason"];
            /** @description Set by the server; accepted and replaced */
            request_system?: unknown;
            /** @description Set by the server; accepted and replaced */
            request_user?: unknown;
            specific_data: {
                /** @description The bundle's new commercial offer */
                catalogue_bundled_commercial_product_id: string;
                /**
                 * @description Catalogue promotions added to the subscription (ACTIVE) when the change is executed
                 * @default []
                 */
                catalogue_promotion_ids?: string[];
            };
            /** @enum {string} */
            status?: "REQUESTED";
            /** @description Set by the server; accepted and replaced */
            status_detail?: unknown;
            /** @enum {string} */
            type?: "TARIFF";
        };
        /** TariffSpecificData */
        TariffSpecificData: {
            /** @description The bundle's new commercial offer */
            catalogue_bundled_commercial_product_id: string;
            /**
             * @description Catalogue promotions added to the subscription (ACTIVE) when the change is executed
             * @default []
             */
            catalogue_promotion_ids: string[];
        };
    };
    responses: {
        /** @description Bad request */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing or invalid bearer token (when authentication is configured): UNAUTHORIZED */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Forbidden access */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource, or a resource on its path, does not exist in this org */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A subscription with the specified id was not found */
        Error404_2: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description AddOn with the specified id was not found */
        Error404_3: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A commitment with the specified id was not found */
        Error404_4: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A device with the specified id was not found */
        Error404_5: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A promotion with the specified id was not found */
        Error404_6: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Contract not found */
        Error404_7: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Conflict with the current state: see the error catalogue (ALREADY_EXISTS, *_IN_USE, OPERATION_IN_PROGRESS, PATCH_TEST_FAILED, IDEMPOTENCY_KEY_IN_USE, …) */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description If-Match does not match the current ETag: PRECONDITION_FAILED */
        Error412: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The Idempotency-Key was used with another body: IDEMPOTENCY_KEY_REUSED */
        Error422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Internal server error */
        Error500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description SERVICE_UNAVAILABLE: the database does not answer, or migrations are not applied */
        Error503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Any client or server error */
        ErrorDefault: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
        "header.idempotency-key": string;
        /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
        "header.if-match": string;
        /** @description The calling system, set by the trusted gateway (audit only) */
        "header.x-auth-origin-aud": string;
        /** @description The end user, set by the trusted gateway (audit only) */
        "header.x-auth-origin-sub": string;
        /** @description addonId (UUID) */
        "path.addonId": string;
        /** @description bundleId (UUID) */
        "path.bundleId": string;
        /** @description changeRequestId (UUID) */
        "path.changeRequestId": string;
        /** @description commitmentId (UUID) */
        "path.commitmentId": string;
        /** @description contractId (UUID) */
        "path.contractId": string;
        "path.creditLimitId": components["schemas"]["CreditLimitKind"];
        /** @description deviceId (UUID) */
        "path.deviceId": string;
        /** @description hubId (UUID) */
        "path.hubId": string;
        /** @description operationId (UUID) */
        "path.operationId": string;
        /** @description Organization name */
        "path.org": string;
        /** @description paymentPlanId (UUID) */
        "path.paymentPlanId": string;
        /** @description promotionId (UUID) */
        "path.promotionId": string;
        /** @description subscriptionId (UUID) */
        "path.subscriptionId": string;
        "query.account_id": string;
        /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
        "query.activation_date": string;
        /** @description Resource activation date filter. Available filters are [eq, lt, lte, gt, gte]. Format according to ISO 8601 */
        "query.activation_date_2": string;
        /** @description Resource activation date filter. Available filters are [eq, lt, lte, gt, gte] */
        "query.activation_date_3": string;
        /** @description Answer the events after this sequence */
        "query.after": number;
        /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
        "query.creation_date": string;
        /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
        "query.cursor": string;
        /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
        "query.date_scheduled": string;
        /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
        "query.deactivation_date": string;
        "query.device_id": string;
        /** @description true: a rehearsal (API.md 17.4). Every line runs as in a real batch, in file order and against the state the earlier lines would have left, then everything is rolled back: the results say what each line would do, and nothing changes (no resource, status history, event or scheduled operation). The operation shows `dry_run: true`; a real batch and a rehearsal of the same file are different requests (the same Idempotency-Key on both → 422 IDEMPOTENCY_KEY_REUSED). */
        "query.dry_run": boolean;
        /** @description Resource expiration date filter. Available filters are [eq, lt, lte, gt, gte] */
        "query.expiration_date": string;
        "query.external_id": string;
        /** @description ICCID: 18–22 digits with a Luhn check digit */
        "query.iccid": string;
        /** @description IMSI: 14–15 digits (MCC + MNC + MSIN) */
        "query.imsi": string;
        "query.insurance_policy_id": string;
        "query.is_primary": boolean;
        "query.legacy_account_id": number;
        /** @description AddOn id the subscription is linked to. Linked to MySim/Apollo storage, to be deprecated. */
        "query.legacy_add_on_id": number;
        /** @description The bundle's legacy id */
        "query.legacy_bundle_id": number;
        "query.legacy_device_id": number;
        "query.legacy_id": number;
        "query.legacy_service_id": string;
        /** @description Pagination limit (1–500) */
        "query.limit": number;
        /** @description At most this many events (1–1000) */
        "query.limit_2": number;
        /** @description Mac address filter. Required if 'serial_number' filter is not provided. MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms) */
        "query.mac_address": string;
        /** @description Mac address filter. MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms) */
        "query.mac_address_2": string;
        "query.main": string;
        "query.mandatory": boolean;
        /** @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164 */
        "query.msisdn": string;
        /** @description Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter. */
        "query.msisdn_prefix": string;
        /** @description Pagination offset */
        "query.offset": number;
        /** @description SUCCEEDED or FAILED (or the {eq,in} object) */
        "query.outcome": ("SUCCEEDED" | "FAILED") | string;
        "query.partner_account_id": string;
        /** @description Phone number: E.164 (+ and 8–15 digits), or a Spanish landline without + (9 digits starting 8 or 9, or 11 starting 34); spaces and - are ignored; stored as E.164 */
        "query.phone_number": string;
        "query.product_id": string;
        /** @description E-mail, matched lower-cased */
        "query.registration_email": string;
        /** @description Serial number filter. Required if 'mac_address' filter is not provided */
        "query.serial_number": string;
        "query.service_id": string;
        /** @description One of ACTIVE, DEACTIVATED, or a JSON object {"eq": value, "in": [values]} */
        "query.status": ("ACTIVE" | "DEACTIVATED") | string;
        /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
        "query.status_2": ("PRE_ACTIVE" | "ACTIVE" | "SUSPENDED" | "DEACTIVATED" | "CANCELLED") | string;
        /** @description One of REQUESTED, ACTIVE, CANCELLED, DEACTIVATED, EXPIRED, or a JSON object {"eq": value, "in": [values]} */
        "query.status_3": ("REQUESTED" | "ACTIVE" | "CANCELLED" | "DEACTIVATED" | "EXPIRED") | string;
        /** @description One of REQUESTED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
        "query.status_4": ("REQUESTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED") | string;
        /** @description One of PENDING, RUNNING, SUCCEEDED, FAILED, or a JSON object {"eq": value, "in": [values]} */
        "query.status_5": ("PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED") | string;
        "query.technology": "FTTH" | "ADSL" | "VDSL" | "FIXED_WIRELESS";
        /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
        "query.type": ("MOBILE" | "BROADBAND" | "LANDLINE" | "ORANGE_TV" | "ORANGE_TV_LIBRE" | "AGILE_TV" | "AMAZON_PRIME" | "MAX" | "DISNEY" | "NETFLIX" | "DEVICE_INSURANCE" | "MULTISIM") | string;
        /** @description One of TARIFF, or a JSON object {"eq": value, "in": [values]} */
        "query.type_2": "TARIFF" | string;
        /** @description One of PROMOTION_DEACTIVATION, PROMOTION_CANCELLATION, ADD_ON_DEACTIVATION, SUBSCRIPTION_DEACTIVATION, CHANGE_REQUEST_EXECUTION, ADMINISTRATION_BATCH, PROMOTION_ACTIVATION, PROMOTION_EXPIRATION, COMMITMENT_EXPIRATION, or a JSON object {"eq": value, "in": [values]} */
        "query.type_3": ("PROMOTION_DEACTIVATION" | "PROMOTION_CANCELLATION" | "ADD_ON_DEACTIVATION" | "SUBSCRIPTION_DEACTIVATION" | "CHANGE_REQUEST_EXECUTION" | "ADMINISTRATION_BATCH" | "PROMOTION_ACTIVATION" | "PROMOTION_EXPIRATION" | "COMMITMENT_EXPIRATION") | string;
        "query.user_id": string;
        /** @description Seconds to wait for the batch to finish (0–60) */
        "query.wait": number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getErrors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every error code, its HTTP status and when it is answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "code": "CODE",
                     *         "status": 1,
                     *         "when": "WHEN"
                     *       }
                     *     ]
                     */
                    "application/json": {
                        code: string;
                        status: number;
                        when: string;
                    }[];
                    "text/html": string;
                };
            };
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            503: components["responses"]["Error503"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
        };
    };
    getBundles: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of ACTIVE, DEACTIVATED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *           "status": "ACTIVE",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez"
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BundlesSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "account_id": "ACC-000123",
                 *       "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                 *       "status": "ACTIVE"
                 *     }
                 */
                "application/json": components["schemas"]["BundleCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *       "status": "ACTIVE",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez"
                     *     }
                     */
                    "application/json": components["schemas"]["Bundle"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *       "status": "ACTIVE",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez"
                     *     }
                     */
                    "application/json": components["schemas"]["Bundle"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchBundlesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *       "status": "ACTIVE",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez"
                     *     }
                     */
                    "application/json": components["schemas"]["Bundle"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptions: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {},
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsAgileTv: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                is_primary?: components["parameters"]["query.is_primary"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024",
                     *             "is_primary": true
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgileTvSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsAgileTv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "service_id": "NETFLIX_STANDARD",
                 *         "product_id": "BUNDLE_2024",
                 *         "is_primary": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AgileTvCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024",
                     *         "is_primary": true
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AgileTv"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsAmazonPrime: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "billing_id": "BILLING_ID",
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AmazonPrimeSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsAmazonPrime: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "service_id": "NETFLIX_STANDARD",
                 *         "product_id": "BUNDLE_2024"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AmazonPrimeCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "billing_id": "BILLING_ID",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AmazonPrime"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsBroadband: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                legacy_service_id?: components["parameters"]["query.legacy_service_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                technology?: components["parameters"]["query.technology"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "legacy_service_id": "LEGACY_SERVICE_ID",
                     *             "technology": "FTTH",
                     *             "installation_address": {
                     *               "street": "Calle de Alcalá 42",
                     *               "postal_code": "28014",
                     *               "city": "Madrid",
                     *               "province": "Madrid",
                     *               "country": "ES"
                     *             },
                     *             "download_speed_mbps": 1,
                     *             "upload_speed_mbps": 1
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BroadbandSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsBroadband: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "technology": "FTTH",
                 *         "installation_address": {
                 *           "street": "Calle de Alcalá 42",
                 *           "postal_code": "28014",
                 *           "city": "Madrid",
                 *           "country": "ES"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BroadbandCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "legacy_service_id": "LEGACY_SERVICE_ID",
                     *         "technology": "FTTH",
                     *         "installation_address": {
                     *           "street": "Calle de Alcalá 42",
                     *           "postal_code": "28014",
                     *           "city": "Madrid",
                     *           "province": "Madrid",
                     *           "country": "ES"
                     *         },
                     *         "download_speed_mbps": 1,
                     *         "upload_speed_mbps": 1
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Broadband"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsDeviceInsurance: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                device_id?: components["parameters"]["query.device_id"];
                insurance_policy_id?: components["parameters"]["query.insurance_policy_id"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_device_id?: components["parameters"]["query.legacy_device_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "device_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *             "legacy_device_id": 1000234,
                     *             "insurance_policy_id": "INSURANCE_POLICY_ID",
                     *             "insured_amount": 25.5
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceInsuranceSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsDeviceInsurance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "device_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DeviceInsuranceCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "device_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "legacy_device_id": 1000234,
                     *         "insurance_policy_id": "INSURANCE_POLICY_ID",
                     *         "insured_amount": 25.5
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceInsurance"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsDisney: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
                user_id?: components["parameters"]["query.user_id"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "user_id": "USER_ID",
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["DisneySet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsDisney: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "user_id": "USER_ID",
                 *         "service_id": "NETFLIX_STANDARD",
                 *         "product_id": "BUNDLE_2024"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DisneyCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "user_id": "USER_ID",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Disney"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsLandline: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                legacy_service_id?: components["parameters"]["query.legacy_service_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description Phone number: E.164 (+ and 8–15 digits), or a Spanish landline without + (9 digits starting 8 or 9, or 11 starting 34); spaces and - are ignored; stored as E.164 */
                phone_number?: components["parameters"]["query.phone_number"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "phone_number": "+34911223344",
                     *             "legacy_service_id": "LEGACY_SERVICE_ID",
                     *             "linked_broadband_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["LandlineSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsLandline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "phone_number": "+34911223344"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LandlineCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "phone_number": "+34911223344",
                     *         "legacy_service_id": "LEGACY_SERVICE_ID",
                     *         "linked_broadband_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Landline"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsMax: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MaxSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsMax: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "service_id": "NETFLIX_STANDARD",
                 *         "product_id": "BUNDLE_2024"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MaxCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Max"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsMobile: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                /** @description ICCID: 18–22 digits with a Luhn check digit */
                iccid?: components["parameters"]["query.iccid"];
                /** @description IMSI: 14–15 digits (MCC + MNC + MSIN) */
                imsi?: components["parameters"]["query.imsi"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164 */
                msisdn?: components["parameters"]["query.msisdn"];
                /** @description Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter. */
                msisdn_prefix?: components["parameters"]["query.msisdn_prefix"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "msisdn": "+34611223344",
                     *             "imsi": "214030000000001",
                     *             "iccid": "8934071234567890125",
                     *             "sim_type": "PHYSICAL"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MobileSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsMobile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "msisdn": "+34611223344",
                 *         "imsi": "214030000000001",
                 *         "iccid": "8934071234567890125",
                 *         "sim_type": "PHYSICAL"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MobileCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "msisdn": "+34611223344",
                     *         "imsi": "214030000000001",
                     *         "iccid": "8934071234567890125",
                     *         "sim_type": "PHYSICAL"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mobile"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsMultisim: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                /** @description ICCID: 18–22 digits with a Luhn check digit */
                iccid?: components["parameters"]["query.iccid"];
                /** @description IMSI: 14–15 digits (MCC + MNC + MSIN) */
                imsi?: components["parameters"]["query.imsi"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                main?: components["parameters"]["query.main"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164 */
                msisdn?: components["parameters"]["query.msisdn"];
                /** @description Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter. */
                msisdn_prefix?: components["parameters"]["query.msisdn_prefix"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "main": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *             "msisdn": "+34611223344",
                     *             "imsi": "214030000000001",
                     *             "iccid": "8934071234567890125"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MultisimSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsMultisim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "main": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                 *         "imsi": "214030000000001",
                 *         "iccid": "8934071234567890125"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MultisimCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "main": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "msisdn": "+34611223344",
                     *         "imsi": "214030000000001",
                     *         "iccid": "8934071234567890125"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Multisim"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsNetflix: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                partner_account_id?: components["parameters"]["query.partner_account_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "partner_account_id": "NFX0000012345",
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "offer_id": "OFFER_2024",
                     *             "email": "ana.garcia@example.com"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["NetflixSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsNetflix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "partner_account_id": "NFX0000012345"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NetflixCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "partner_account_id": "NFX0000012345",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "offer_id": "OFFER_2024",
                     *         "email": "ana.garcia@example.com"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Netflix"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsOrangeTv: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                external_id?: components["parameters"]["query.external_id"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "external_id": "EXT-558812",
                     *             "service_plan_ids": [],
                     *             "customer_type": "IPTV",
                     *             "max_set_top_boxes": 1
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsOrangeTv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "external_id": "EXT-558812",
                 *         "customer_type": "IPTV"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OrangeTvCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "external_id": "EXT-558812",
                     *         "service_plan_ids": [],
                     *         "customer_type": "IPTV",
                     *         "max_set_top_boxes": 1
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTv"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getBundlesSubscriptionsOrangeTvLibre: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description E-mail, matched lower-cased */
                registration_email?: components["parameters"]["query.registration_email"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "registration_email": "ana.garcia@example.com",
                     *             "service_id": "NETFLIX_STANDARD"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvLibreSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postBundlesSubscriptionsOrangeTvLibre: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description bundleId (UUID) */
                bundleId: components["parameters"]["path.bundleId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                 *       "status": "PRE_ACTIVE",
                 *       "specific_data": {
                 *         "registration_email": "ana.garcia@example.com",
                 *         "service_id": "NETFLIX_STANDARD"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OrangeTvLibreCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "registration_email": "ana.garcia@example.com",
                     *         "service_id": "NETFLIX_STANDARD"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvLibre"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getDevices: {
        parameters: {
            query?: {
                /** @description Mac address filter. Required if 'serial_number' filter is not provided. MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms) */
                mac_address?: components["parameters"]["query.mac_address"];
                /** @description Serial number filter. Required if 'mac_address' filter is not provided */
                serial_number?: components["parameters"]["query.serial_number"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Devices found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "legacy_id": null,
                     *         "catalogue_commercial_device_id": "IPHONE_15_128",
                     *         "catalogue_device_id": null,
                     *         "reservation_id": null,
                     *         "signature_process_id": null,
                     *         "shipping_order_id": null,
                     *         "pickup_order_id": null,
                     *         "in_store_delivery_date": null,
                     *         "in_store_returned_date": null,
                     *         "manufacturing_info": null,
                     *         "serial_number": null,
                     *         "mac_address": null,
                     *         "imei": null,
                     *         "acquisition_type": null,
                     *         "commitments": [],
                     *         "insurable_amount": null,
                     *         "legacy_account_id": 1000234,
                     *         "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "creation_date": "2026-03-01T09:30:00Z",
                     *         "last_updated_date": "2026-03-01T09:30:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Device"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /** @description Answer the events after this sequence */
                after?: components["parameters"]["query.after"];
                /** @description At most this many events (1–1000) */
                limit?: components["parameters"]["query.limit_2"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "event_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "event_type": "EVENT_TYPE",
                     *           "event_time": "2026-03-01T09:30:00Z",
                     *           "org": "ORG",
                     *           "sequence": 1,
                     *           "resource": {
                     *             "kind": "KIND",
                     *             "id": "ID",
                     *             "href": null
                     *           },
                     *           "resource_version": 1,
                     *           "identity": {
                     *             "system": "SYSTEM",
                     *             "user": "USER"
                     *           },
                     *           "payload": null
                     *         }
                     *       ],
                     *       "next_after": 1
                     *     }
                     */
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getExportsSubscriptions: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lines, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["Subscription"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getHub: {
        parameters: {
            query?: {
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "callback": "https://crm.example.com/hooks/inventory",
                     *           "event_types": [],
                     *           "status": "ACTIVE",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "deliveries": {
                     *             "delivered": 1,
                     *             "pending": 1,
                     *             "dead": 1
                     *           }
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["HubList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postHub: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callback": "https://crm.example.com/hooks/inventory"
                 *     }
                 */
                "application/json": components["schemas"]["HubCreate"];
            };
        };
        responses: {
            /** @description Webhook registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "callback": "https://crm.example.com/hooks/inventory",
                     *       "event_types": [
                     *         "SubscriptionCreateEvent"
                     *       ],
                     *       "status": "ACTIVE",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "deliveries": {
                     *         "delivered": 1,
                     *         "pending": 1,
                     *         "dead": 1
                     *       },
                     *       "secret": "SECRET"
                     *     }
                     */
                    "application/json": components["schemas"]["HubRegistration"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getHubItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description hubId (UUID) */
                hubId: components["parameters"]["path.hubId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "callback": "https://crm.example.com/hooks/inventory",
                     *       "event_types": [
                     *         "SubscriptionCreateEvent"
                     *       ],
                     *       "status": "ACTIVE",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "deliveries": {
                     *         "delivered": 1,
                     *         "pending": 1,
                     *         "dead": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Hub"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    deleteHubItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description hubId (UUID) */
                hubId: components["parameters"]["path.hubId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook unregistered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getHubDeadLetters: {
        parameters: {
            query?: {
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
            };
            header?: never;
            path: {
                /** @description hubId (UUID) */
                hubId: components["parameters"]["path.hubId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "sequence": 1,
                     *           "attempts": 1,
                     *           "last_attempt_date": null,
                     *           "last_error": null,
                     *           "event": {
                     *             "event_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *             "event_type": "EVENT_TYPE",
                     *             "event_time": "2026-03-01T09:30:00Z",
                     *             "org": "ORG",
                     *             "sequence": 1,
                     *             "resource": {
                     *               "kind": "KIND",
                     *               "id": "ID",
                     *               "href": null
                     *             },
                     *             "resource_version": 1,
                     *             "identity": {
                     *               "system": "SYSTEM",
                     *               "user": "USER"
                     *             },
                     *             "payload": null
                     *           }
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["DeadLetterList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getOperations: {
        parameters: {
            query?: {
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                creation_date?: components["parameters"]["query.creation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PENDING, RUNNING, SUCCEEDED, FAILED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_5"];
                /** @description One of PROMOTION_DEACTIVATION, PROMOTION_CANCELLATION, ADD_ON_DEACTIVATION, SUBSCRIPTION_DEACTIVATION, CHANGE_REQUEST_EXECUTION, ADMINISTRATION_BATCH, PROMOTION_ACTIVATION, PROMOTION_EXPIRATION, COMMITMENT_EXPIRATION, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type_3"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "type": "PROMOTION_DEACTIVATION",
                     *           "status": "PENDING",
                     *           "target": {
                     *             "kind": "SUBSCRIPTION",
                     *             "id": "ID",
                     *             "subscription_id": null,
                     *             "href": "HREF"
                     *           },
                     *           "reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "scheduled_date": "2026-03-01T09:30:00Z",
                     *           "start_date": null,
                     *           "end_date": null,
                     *           "attempts": 1,
                     *           "error": null,
                     *           "progress": null,
                     *           "dry_run": false
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OperationList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postOperations: {
        parameters: {
            query?: {
                /** @description true: a rehearsal (API.md 17.4). Every line runs as in a real batch, in file order and against the state the earlier lines would have left, then everything is rolled back: the results say what each line would do, and nothing changes (no resource, status history, event or scheduled operation). The operation shows `dry_run: true`; a real batch and a rehearsal of the same file are different requests (the same Idempotency-Key on both → 422 IDEMPOTENCY_KEY_REUSED). */
                dry_run?: components["parameters"]["query.dry_run"];
                /** @description Seconds to wait for the batch to finish (0–60) */
                wait?: components["parameters"]["query.wait"];
            };
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "operation,subscription_id,resource_id,reason,value,date\nSET_CREDIT_LIMIT,3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,,150,\n"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * @description The CSV of API.md 12.1: header operation,subscription_id[,resource_id,reason,value,date]
                     * @example operation,subscription_id,resource_id,reason,value,date
                     *     SET_CREDIT_LIMIT,3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88,MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,,150,
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Batch accepted (does not mean that every line succeeded: see progress and results) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "ADMINISTRATION_BATCH",
                     *       "status": "PENDING",
                     *       "target": {
                     *         "kind": "SUBSCRIPTION",
                     *         "id": "ID",
                     *         "subscription_id": null,
                     *         "href": "HREF"
                     *       },
                     *       "reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "scheduled_date": "2026-03-01T09:30:00Z",
                     *       "start_date": null,
                     *       "end_date": null,
                     *       "attempts": 1,
                     *       "error": null,
                     *       "progress": null,
                     *       "dry_run": false,
                     *       "file_name": null,
                     *       "results": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdministrationOperationResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getOperationsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description operationId (UUID) */
                operationId: components["parameters"]["path.operationId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "ADMINISTRATION_BATCH",
                     *       "status": "PENDING",
                     *       "target": {
                     *         "kind": "SUBSCRIPTION",
                     *         "id": "ID",
                     *         "subscription_id": null,
                     *         "href": "HREF"
                     *       },
                     *       "reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "scheduled_date": "2026-03-01T09:30:00Z",
                     *       "start_date": null,
                     *       "end_date": null,
                     *       "attempts": 1,
                     *       "error": null,
                     *       "progress": null,
                     *       "dry_run": false,
                     *       "file_name": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdministrationOperation"] | components["schemas"]["AsyncOperation"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getOperationsResults: {
        parameters: {
            query?: {
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description SUCCEEDED or FAILED (or the {eq,in} object) */
                outcome?: components["parameters"]["query.outcome"];
            };
            header?: never;
            path: {
                /** @description operationId (UUID) */
                operationId: components["parameters"]["path.operationId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "line": 1,
                     *           "operation": "DEACTIVATE_SUBSCRIPTION",
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "resource_id": null,
                     *           "outcome": "SUCCEEDED",
                     *           "error": null
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BatchResultList"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptions: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {},
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {},
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {},
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAddOns: {
        parameters: {
            query?: {
                /** @description Resource activation date filter. Available filters are [eq, lt, lte, gt, gte]. Format according to ISO 8601 */
                activation_date?: components["parameters"]["query.activation_date_2"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description AddOn id the subscription is linked to. Linked to MySim/Apollo storage, to be deprecated. */
                legacy_add_on_id?: components["parameters"]["query.legacy_add_on_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Add-ons associated to the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AddOnsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsAddOns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                 *       "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                 *       "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                 *       "status": "REQUESTED"
                 *     }
                 */
                "application/json": components["schemas"]["AddOnCreate"];
            };
        };
        responses: {
            /** @description AddOn added to subscription */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *       "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "provider_product_id": null,
                     *       "provider_service_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["AddOn"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAddOnsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Add-on associated to the subscription found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *       "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "provider_product_id": null,
                     *       "provider_service_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["AddOn"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_3"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsAddOnsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *       "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "provider_product_id": null,
                     *       "provider_service_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["AddOn"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsAddOnsDeactivation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "SUBSCRIBER_RESIGNATION"
                 *     }
                 */
                "application/json": components["schemas"]["SubscriptionAddOnDeactivationRequest"];
            };
        };
        responses: {
            /** @description Deactivation process started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "PROMOTION_DEACTIVATION",
                     *       "status": "PENDING",
                     *       "target": {
                     *         "kind": "SUBSCRIPTION",
                     *         "id": "ID",
                     *         "subscription_id": null,
                     *         "href": "HREF"
                     *       },
                     *       "reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "scheduled_date": "2026-03-01T09:30:00Z",
                     *       "start_date": null,
                     *       "end_date": null,
                     *       "attempts": 1,
                     *       "error": null,
                     *       "progress": null,
                     *       "dry_run": false
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncOperation"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAddOnsPromotions: {
        parameters: {
            query?: {
                /** @description Resource activation date filter. Available filters are [eq, lt, lte, gt, gte] */
                activation_date?: components["parameters"]["query.activation_date_3"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Resource expiration date filter. Available filters are [eq, lt, lte, gt, gte] */
                expiration_date?: components["parameters"]["query.expiration_date"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of REQUESTED, ACTIVE, CANCELLED, DEACTIVATED, EXPIRED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_3"];
            };
            header?: never;
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotions found for the add-on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PromotionsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_3"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAddOnsPromotionsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotion found for the add-on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsAddOnsPromotionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAddOnsStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description addonId (UUID) */
                addonId: components["parameters"]["path.addonId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsChangeRequests: {
        parameters: {
            query?: {
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                date_scheduled?: components["parameters"]["query.date_scheduled"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of REQUESTED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_4"];
                /** @description One of TARIFF, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type_2"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "type": "TARIFF",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "date_scheduled": "2026-03-01T09:30:00Z",
                     *           "execution_date": null,
                     *           "parent_change_request": null,
                     *           "reason": "SUBSCRIBER_REQUESTED",
                     *           "request_user": "agent.lopez",
                     *           "request_system": "crm",
                     *           "specific_data": {
                     *             "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *             "catalogue_promotion_ids": []
                     *           },
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ChangeRequestsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsChangeRequestsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description changeRequestId (UUID) */
                changeRequestId: components["parameters"]["path.changeRequestId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "TARIFF",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "date_scheduled": "2026-03-01T09:30:00Z",
                     *       "execution_date": null,
                     *       "parent_change_request": null,
                     *       "reason": "SUBSCRIBER_REQUESTED",
                     *       "request_user": "agent.lopez",
                     *       "request_system": "crm",
                     *       "specific_data": {
                     *         "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *         "catalogue_promotion_ids": []
                     *       },
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsChangeRequestsCancellation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description changeRequestId (UUID) */
                changeRequestId: components["parameters"]["path.changeRequestId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "SUBSCRIBER_REQUESTED"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeRequestCancellation"];
            };
        };
        responses: {
            /** @description Change request cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "TARIFF",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "date_scheduled": "2026-03-01T09:30:00Z",
                     *       "execution_date": null,
                     *       "parent_change_request": null,
                     *       "reason": "SUBSCRIBER_REQUESTED",
                     *       "request_user": "agent.lopez",
                     *       "request_system": "crm",
                     *       "specific_data": {
                     *         "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *         "catalogue_promotion_ids": []
                     *       },
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsChangeRequestsStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description changeRequestId (UUID) */
                changeRequestId: components["parameters"]["path.changeRequestId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsChangeRequestsTariff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "TARIFF",
                 *       "status": "REQUESTED",
                 *       "specific_data": {
                 *         "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                 *         "catalogue_promotion_ids": []
                 *       },
                 *       "reason": "SUBSCRIBER_REQUESTED"
                 *     }
                 */
                "application/json": components["schemas"]["TariffChangeRequestCreate"];
            };
        };
        responses: {
            /** @description Change request created (REQUESTED) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "TARIFF",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "date_scheduled": "2026-03-01T09:30:00Z",
                     *       "execution_date": null,
                     *       "parent_change_request": null,
                     *       "reason": "SUBSCRIBER_REQUESTED",
                     *       "request_user": "agent.lopez",
                     *       "request_system": "crm",
                     *       "specific_data": {
                     *         "catalogue_bundled_commercial_product_id": "8432_BUNDLED_3P",
                     *         "catalogue_promotion_ids": []
                     *       },
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsContracts: {
        parameters: {
            query?: {
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contracts found for the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "documents_contract_id": "DOCUMENTS_CONTRACT_ID",
                     *           "documents_owner_id": "DOCUMENTS_OWNER_ID",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_user": "agent.lopez",
                     *           "creation_system": "crm",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez"
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ContractsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsContracts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                 *       "documents_contract_id": "DOCUMENTS_CONTRACT_ID",
                 *       "documents_owner_id": "DOCUMENTS_OWNER_ID"
                 *     }
                 */
                "application/json": components["schemas"]["ContractCreate"];
            };
        };
        responses: {
            /** @description Contract successfully added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "documents_contract_id": "DOCUMENTS_CONTRACT_ID",
                     *       "documents_owner_id": "DOCUMENTS_OWNER_ID",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_user": "agent.lopez",
                     *       "creation_system": "crm",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez"
                     *     }
                     */
                    "application/json": components["schemas"]["Contract"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsContractsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description contractId (UUID) */
                contractId: components["parameters"]["path.contractId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contract found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "documents_contract_id": "DOCUMENTS_CONTRACT_ID",
                     *       "documents_owner_id": "DOCUMENTS_OWNER_ID",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_user": "agent.lopez",
                     *       "creation_system": "crm",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez"
                     *     }
                     */
                    "application/json": components["schemas"]["Contract"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_7"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsCreditLimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current value of every kind set, with its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "credit_limit_id": "MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT",
                     *         "credit_limit_value": 25.5,
                     *         "reason": "Customer request",
                     *         "effective_date": "2026-03-01T09:30:00Z",
                     *         "update_system": "crm",
                     *         "update_user": "agent.lopez",
                     *         "historical_changes": []
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CreditLimit"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsCreditLimits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "credit_limits": [
                 *         {
                 *           "credit_limit_id": "MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT",
                 *           "credit_limit_value": 25.5,
                 *           "reason": "Customer request"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreditLimitsRequest"];
            };
        };
        responses: {
            /** @description The new current value of each kind sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "credit_limit_id": "MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT",
                     *         "credit_limit_value": 25.5,
                     *         "reason": "Customer request",
                     *         "effective_date": "2026-03-01T09:30:00Z",
                     *         "update_system": "crm",
                     *         "update_user": "agent.lopez",
                     *         "historical_changes": []
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CreditLimit"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsCreditLimitsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creditLimitId: components["parameters"]["path.creditLimitId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Credit limit found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "credit_limit_id": "MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT",
                     *       "credit_limit_value": 25.5,
                     *       "reason": "Customer request",
                     *       "effective_date": "2026-03-01T09:30:00Z",
                     *       "update_system": "crm",
                     *       "update_user": "agent.lopez",
                     *       "historical_changes": [
                     *         {
                     *           "credit_limit_value": 25.5,
                     *           "reason": "Customer request",
                     *           "effective_date": "2026-03-01T09:30:00Z",
                     *           "update_system": "crm",
                     *           "update_user": "agent.lopez"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CreditLimit"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsDeactivation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "SUBSCRIBER_REQUESTED"
                 *     }
                 */
                "application/json": components["schemas"]["SubscriptionDeactivationRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "PROMOTION_DEACTIVATION",
                     *       "status": "PENDING",
                     *       "target": {
                     *         "kind": "SUBSCRIPTION",
                     *         "id": "ID",
                     *         "subscription_id": null,
                     *         "href": "HREF"
                     *       },
                     *       "reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "scheduled_date": "2026-03-01T09:30:00Z",
                     *       "start_date": null,
                     *       "end_date": null,
                     *       "attempts": 1,
                     *       "error": null,
                     *       "progress": null,
                     *       "dry_run": false
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncOperation"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevices: {
        parameters: {
            query?: {
                /** @description Mac address filter. MAC address: 12 or 16 hex digits, bare or in pairs separated by ":" or "-", or Cisco-style groups of 4 separated by "." (any case; matched in any of these forms) */
                mac_address?: components["parameters"]["query.mac_address_2"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Devices found for the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "legacy_id": null,
                     *         "catalogue_commercial_device_id": "IPHONE_15_128",
                     *         "catalogue_device_id": null,
                     *         "reservation_id": null,
                     *         "signature_process_id": null,
                     *         "shipping_order_id": null,
                     *         "pickup_order_id": null,
                     *         "in_store_delivery_date": null,
                     *         "in_store_returned_date": null,
                     *         "manufacturing_info": null,
                     *         "serial_number": null,
                     *         "mac_address": null,
                     *         "imei": null,
                     *         "acquisition_type": null,
                     *         "commitments": [],
                     *         "insurable_amount": null,
                     *         "legacy_account_id": 1000234,
                     *         "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "creation_date": "2026-03-01T09:30:00Z",
                     *         "last_updated_date": "2026-03-01T09:30:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Device"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsDevices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogue_commercial_device_id": "IPHONE_15_128",
                 *       "legacy_account_id": 1000234
                 *     }
                 */
                "application/json": components["schemas"]["DeviceCreate"];
            };
        };
        responses: {
            /** @description Device added to subscription */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_commercial_device_id": "IPHONE_15_128",
                     *       "catalogue_device_id": null,
                     *       "reservation_id": null,
                     *       "signature_process_id": null,
                     *       "shipping_order_id": null,
                     *       "pickup_order_id": null,
                     *       "in_store_delivery_date": null,
                     *       "in_store_returned_date": null,
                     *       "manufacturing_info": null,
                     *       "serial_number": null,
                     *       "mac_address": null,
                     *       "imei": null,
                     *       "acquisition_type": null,
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "insurable_amount": null,
                     *       "legacy_account_id": 1000234,
                     *       "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Device found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_commercial_device_id": "IPHONE_15_128",
                     *       "catalogue_device_id": null,
                     *       "reservation_id": null,
                     *       "signature_process_id": null,
                     *       "shipping_order_id": null,
                     *       "pickup_order_id": null,
                     *       "in_store_delivery_date": null,
                     *       "in_store_returned_date": null,
                     *       "manufacturing_info": null,
                     *       "serial_number": null,
                     *       "mac_address": null,
                     *       "imei": null,
                     *       "acquisition_type": null,
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "insurable_amount": null,
                     *       "legacy_account_id": 1000234,
                     *       "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_5"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsDevicesItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Device patched successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_commercial_device_id": "IPHONE_15_128",
                     *       "catalogue_device_id": null,
                     *       "reservation_id": null,
                     *       "signature_process_id": null,
                     *       "shipping_order_id": null,
                     *       "pickup_order_id": null,
                     *       "in_store_delivery_date": null,
                     *       "in_store_returned_date": null,
                     *       "manufacturing_info": null,
                     *       "serial_number": null,
                     *       "mac_address": null,
                     *       "imei": null,
                     *       "acquisition_type": null,
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "insurable_amount": null,
                     *       "legacy_account_id": 1000234,
                     *       "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_5"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesCommitmentsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description commitmentId (UUID) */
                commitmentId: components["parameters"]["path.commitmentId"];
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Commitment found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_term_id": null,
                     *       "status": "ACTIVE",
                     *       "start_date": null,
                     *       "expiration_date": null,
                     *       "cancellation_date": null,
                     *       "cancellation_system": null,
                     *       "cancellation_user": null,
                     *       "cancellation_reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_4"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsDevicesCommitmentsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description commitmentId (UUID) */
                commitmentId: components["parameters"]["path.commitmentId"];
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Device commitment patched successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_term_id": null,
                     *       "status": "ACTIVE",
                     *       "start_date": null,
                     *       "expiration_date": null,
                     *       "cancellation_date": null,
                     *       "cancellation_system": null,
                     *       "cancellation_user": null,
                     *       "cancellation_reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_4"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesCommitmentsStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description commitmentId (UUID) */
                commitmentId: components["parameters"]["path.commitmentId"];
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesPaymentPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Payment plans of the device */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "legacy_id": null,
                     *         "status": "ACTIVE",
                     *         "currency": "EUR",
                     *         "total_amount": 25.5,
                     *         "down_payment": 10.5,
                     *         "instalments_count": 1,
                     *         "start_date": "2026-03-01T09:30:00Z",
                     *         "end_date": "2026-03-01T09:30:00Z",
                     *         "instalments": [],
                     *         "creation_date": "2026-03-01T09:30:00Z",
                     *         "last_updated_date": "2026-03-01T09:30:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PaymentPlan"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsDevicesPaymentPlans: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "ACTIVE",
                 *       "currency": "EUR",
                 *       "total_amount": 25.5,
                 *       "instalments_count": 1,
                 *       "start_date": "2026-03-01T09:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["PaymentPlanCreate"];
            };
        };
        responses: {
            /** @description Payment plan created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "status": "ACTIVE",
                     *       "currency": "EUR",
                     *       "total_amount": 25.5,
                     *       "down_payment": 10.5,
                     *       "instalments_count": 1,
                     *       "start_date": "2026-03-01T09:30:00Z",
                     *       "end_date": "2026-03-01T09:30:00Z",
                     *       "instalments": [
                     *         {
                     *           "number": 1,
                     *           "due_date": "2026-03-01T09:30:00Z",
                     *           "amount": 25.5
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentPlan"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesPaymentPlansItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description paymentPlanId (UUID) */
                paymentPlanId: components["parameters"]["path.paymentPlanId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Payment plan found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "status": "ACTIVE",
                     *       "currency": "EUR",
                     *       "total_amount": 25.5,
                     *       "down_payment": 10.5,
                     *       "instalments_count": 1,
                     *       "start_date": "2026-03-01T09:30:00Z",
                     *       "end_date": "2026-03-01T09:30:00Z",
                     *       "instalments": [
                     *         {
                     *           "number": 1,
                     *           "due_date": "2026-03-01T09:30:00Z",
                     *           "amount": 25.5
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentPlan"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsDevicesPaymentPlansItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description paymentPlanId (UUID) */
                paymentPlanId: components["parameters"]["path.paymentPlanId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Payment plan patched successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "status": "ACTIVE",
                     *       "currency": "EUR",
                     *       "total_amount": 25.5,
                     *       "down_payment": 10.5,
                     *       "instalments_count": 1,
                     *       "start_date": "2026-03-01T09:30:00Z",
                     *       "end_date": "2026-03-01T09:30:00Z",
                     *       "instalments": [
                     *         {
                     *           "number": 1,
                     *           "due_date": "2026-03-01T09:30:00Z",
                     *           "amount": 25.5
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentPlan"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesPaymentPlansStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description paymentPlanId (UUID) */
                paymentPlanId: components["parameters"]["path.paymentPlanId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesPromotions: {
        parameters: {
            query?: {
                /** @description Resource activation date filter. Available filters are [eq, lt, lte, gt, gte] */
                activation_date?: components["parameters"]["query.activation_date_3"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Resource expiration date filter. Available filters are [eq, lt, lte, gt, gte] */
                expiration_date?: components["parameters"]["query.expiration_date"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of REQUESTED, ACTIVE, CANCELLED, DEACTIVATED, EXPIRED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_3"];
            };
            header?: never;
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotions found for the device */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PromotionsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_5"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDevicesPromotionsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotion found for the device */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsDevicesPromotionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description deviceId (UUID) */
                deviceId: components["parameters"]["path.deviceId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsPromotions: {
        parameters: {
            query?: {
                /** @description Resource activation date filter. Available filters are [eq, lt, lte, gt, gte] */
                activation_date?: components["parameters"]["query.activation_date_3"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description Resource expiration date filter. Available filters are [eq, lt, lte, gt, gte] */
                expiration_date?: components["parameters"]["query.expiration_date"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of REQUESTED, ACTIVE, CANCELLED, DEACTIVATED, EXPIRED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_3"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotions found for the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PromotionsSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsPromotions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                 *       "catalogue_promotion_id": "PROMO_20_OFF",
                 *       "status": "REQUESTED",
                 *       "origin": "MIGRATION"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionCreate"];
            };
        };
        responses: {
            /** @description Promotion successfully added to the subscription */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            409: components["responses"]["Error409"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsPromotionsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotion found for the subscription */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    putSubscriptionsPromotionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                 *       "catalogue_promotion_id": "PROMO_20_OFF",
                 *       "status": "REQUESTED",
                 *       "origin": "MIGRATION"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionCreate"];
            };
        };
        responses: {
            /** @description Promotion successfully updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsPromotionsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_promotion_id": "PROMO_20_OFF",
                     *       "commitments": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_term_id": null,
                     *           "status": "ACTIVE",
                     *           "start_date": null,
                     *           "expiration_date": null,
                     *           "cancellation_date": null,
                     *           "cancellation_system": null,
                     *           "cancellation_user": null,
                     *           "cancellation_reason": null,
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "status": "REQUESTED",
                     *       "status_detail": null,
                     *       "activation_date": null,
                     *       "expiration_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "origin": "MIGRATION",
                     *       "add_on_id": null,
                     *       "device_id": null
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_6"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsPromotionsCancellation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "AUTOMATICALLY_REMOVED"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionTerminationRequest"];
            };
        };
        responses: {
            /** @description Cancellation process started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "PROMOTION_DEACTIVATION",
                     *       "status": "PENDING",
                     *       "target": {
                     *         "kind": "SUBSCRIPTION",
                     *         "id": "ID",
                     *         "subscription_id": null,
                     *         "href": "HREF"
                     *       },
                     *       "reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "scheduled_date": "2026-03-01T09:30:00Z",
                     *       "start_date": null,
                     *       "end_date": null,
                     *       "attempts": 1,
                     *       "error": null,
                     *       "progress": null,
                     *       "dry_run": false
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncOperation"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsPromotionsCommitmentsItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description commitmentId (UUID) */
                commitmentId: components["parameters"]["path.commitmentId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Commitment found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_term_id": null,
                     *       "status": "ACTIVE",
                     *       "start_date": null,
                     *       "expiration_date": null,
                     *       "cancellation_date": null,
                     *       "cancellation_system": null,
                     *       "cancellation_user": null,
                     *       "cancellation_reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_4"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsPromotionsCommitmentsItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description commitmentId (UUID) */
                commitmentId: components["parameters"]["path.commitmentId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Promotion commitment patched successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "catalogue_term_id": null,
                     *       "status": "ACTIVE",
                     *       "start_date": null,
                     *       "expiration_date": null,
                     *       "cancellation_date": null,
                     *       "cancellation_system": null,
                     *       "cancellation_user": null,
                     *       "cancellation_reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_date": "2026-03-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_4"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsPromotionsCommitmentsStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description commitmentId (UUID) */
                commitmentId: components["parameters"]["path.commitmentId"];
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    postSubscriptionsPromotionsDeactivation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer of a repeated POST (24 h); another body with the same key is 422 */
                "idempotency-key"?: components["parameters"]["header.idempotency-key"];
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "AUTOMATICALLY_REMOVED"
                 *     }
                 */
                "application/json": components["schemas"]["PromotionTerminationRequest"];
            };
        };
        responses: {
            /** @description Deactivation process started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "type": "PROMOTION_DEACTIVATION",
                     *       "status": "PENDING",
                     *       "target": {
                     *         "kind": "SUBSCRIPTION",
                     *         "id": "ID",
                     *         "subscription_id": null,
                     *         "href": "HREF"
                     *       },
                     *       "reason": null,
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "scheduled_date": "2026-03-01T09:30:00Z",
                     *       "start_date": null,
                     *       "end_date": null,
                     *       "attempts": 1,
                     *       "error": null,
                     *       "progress": null,
                     *       "dry_run": false
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncOperation"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404_2"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            422: components["responses"]["Error422"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsPromotionsStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description promotionId (UUID) */
                promotionId: components["parameters"]["path.promotionId"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsStatusHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "from": null,
                     *         "to": "TO",
                     *         "reason": null,
                     *         "date": "2026-03-01T09:30:00Z",
                     *         "system": "SYSTEM",
                     *         "user": "USER",
                     *         "operation_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StatusChange"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAgileTv: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                is_primary?: components["parameters"]["query.is_primary"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024",
                     *             "is_primary": true
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgileTvSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAgileTvItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024",
                     *         "is_primary": true
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AgileTv"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsAgileTvItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024",
                     *         "is_primary": true
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AgileTv"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAmazonPrime: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "billing_id": "BILLING_ID",
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AmazonPrimeSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsAmazonPrimeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "billing_id": "BILLING_ID",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AmazonPrime"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsAmazonPrimeItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "billing_id": "BILLING_ID",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AmazonPrime"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsBroadband: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                legacy_service_id?: components["parameters"]["query.legacy_service_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                technology?: components["parameters"]["query.technology"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "legacy_service_id": "LEGACY_SERVICE_ID",
                     *             "technology": "FTTH",
                     *             "installation_address": {
                     *               "street": "Calle de Alcalá 42",
                     *               "postal_code": "28014",
                     *               "city": "Madrid",
                     *               "province": "Madrid",
                     *               "country": "ES"
                     *             },
                     *             "download_speed_mbps": 1,
                     *             "upload_speed_mbps": 1
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BroadbandSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsBroadbandItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "legacy_service_id": "LEGACY_SERVICE_ID",
                     *         "technology": "FTTH",
                     *         "installation_address": {
                     *           "street": "Calle de Alcalá 42",
                     *           "postal_code": "28014",
                     *           "city": "Madrid",
                     *           "province": "Madrid",
                     *           "country": "ES"
                     *         },
                     *         "download_speed_mbps": 1,
                     *         "upload_speed_mbps": 1
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Broadband"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsBroadbandItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "legacy_service_id": "LEGACY_SERVICE_ID",
                     *         "technology": "FTTH",
                     *         "installation_address": {
                     *           "street": "Calle de Alcalá 42",
                     *           "postal_code": "28014",
                     *           "city": "Madrid",
                     *           "province": "Madrid",
                     *           "country": "ES"
                     *         },
                     *         "download_speed_mbps": 1,
                     *         "upload_speed_mbps": 1
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Broadband"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDeviceInsurance: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                device_id?: components["parameters"]["query.device_id"];
                insurance_policy_id?: components["parameters"]["query.insurance_policy_id"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_device_id?: components["parameters"]["query.legacy_device_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "device_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *             "legacy_device_id": 1000234,
                     *             "insurance_policy_id": "INSURANCE_POLICY_ID",
                     *             "insured_amount": 25.5
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceInsuranceSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDeviceInsuranceItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "device_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "legacy_device_id": 1000234,
                     *         "insurance_policy_id": "INSURANCE_POLICY_ID",
                     *         "insured_amount": 25.5
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceInsurance"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsDeviceInsuranceItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "device_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "legacy_device_id": 1000234,
                     *         "insurance_policy_id": "INSURANCE_POLICY_ID",
                     *         "insured_amount": 25.5
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeviceInsurance"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDisney: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
                user_id?: components["parameters"]["query.user_id"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "user_id": "USER_ID",
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["DisneySet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsDisneyItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "user_id": "USER_ID",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Disney"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsDisneyItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "user_id": "USER_ID",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Disney"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsLandline: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                legacy_service_id?: components["parameters"]["query.legacy_service_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description Phone number: E.164 (+ and 8–15 digits), or a Spanish landline without + (9 digits starting 8 or 9, or 11 starting 34); spaces and - are ignored; stored as E.164 */
                phone_number?: components["parameters"]["query.phone_number"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "phone_number": "+34911223344",
                     *             "legacy_service_id": "LEGACY_SERVICE_ID",
                     *             "linked_broadband_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["LandlineSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsLandlineItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "phone_number": "+34911223344",
                     *         "legacy_service_id": "LEGACY_SERVICE_ID",
                     *         "linked_broadband_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Landline"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsLandlineItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "phone_number": "+34911223344",
                     *         "legacy_service_id": "LEGACY_SERVICE_ID",
                     *         "linked_broadband_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Landline"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsMax: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                product_id?: components["parameters"]["query.product_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "product_id": "BUNDLE_2024"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MaxSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsMaxItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Max"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsMaxItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "product_id": "BUNDLE_2024"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Max"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsMobile: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                /** @description ICCID: 18–22 digits with a Luhn check digit */
                iccid?: components["parameters"]["query.iccid"];
                /** @description IMSI: 14–15 digits (MCC + MNC + MSIN) */
                imsi?: components["parameters"]["query.imsi"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164 */
                msisdn?: components["parameters"]["query.msisdn"];
                /** @description Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter. */
                msisdn_prefix?: components["parameters"]["query.msisdn_prefix"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "msisdn": "+34611223344",
                     *             "imsi": "214030000000001",
                     *             "iccid": "8934071234567890125",
                     *             "sim_type": "PHYSICAL"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MobileSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsMobileItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "msisdn": "+34611223344",
                     *         "imsi": "214030000000001",
                     *         "iccid": "8934071234567890125",
                     *         "sim_type": "PHYSICAL"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mobile"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsMobileItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "msisdn": "+34611223344",
                     *         "imsi": "214030000000001",
                     *         "iccid": "8934071234567890125",
                     *         "sim_type": "PHYSICAL"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Mobile"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsMultisim: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                /** @description ICCID: 18–22 digits with a Luhn check digit */
                iccid?: components["parameters"]["query.iccid"];
                /** @description IMSI: 14–15 digits (MCC + MNC + MSIN) */
                imsi?: components["parameters"]["query.imsi"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                main?: components["parameters"]["query.main"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description MSISDN: E.164 (+ and 8–15 digits), or a Spanish mobile number without + (9 digits starting 6 or 7, or 11 starting 34); spaces and - are ignored; stored as E.164 */
                msisdn?: components["parameters"]["query.msisdn"];
                /** @description Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter. */
                msisdn_prefix?: components["parameters"]["query.msisdn_prefix"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "main": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *             "msisdn": "+34611223344",
                     *             "imsi": "214030000000001",
                     *             "iccid": "8934071234567890125"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MultisimSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsMultisimItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "main": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "msisdn": "+34611223344",
                     *         "imsi": "214030000000001",
                     *         "iccid": "8934071234567890125"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Multisim"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsMultisimItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "main": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *         "msisdn": "+34611223344",
                     *         "imsi": "214030000000001",
                     *         "iccid": "8934071234567890125"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Multisim"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsNetflix: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                partner_account_id?: components["parameters"]["query.partner_account_id"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "partner_account_id": "NFX0000012345",
                     *             "service_id": "NETFLIX_STANDARD",
                     *             "offer_id": "OFFER_2024",
                     *             "email": "ana.garcia@example.com"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["NetflixSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsNetflixItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "partner_account_id": "NFX0000012345",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "offer_id": "OFFER_2024",
                     *         "email": "ana.garcia@example.com"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Netflix"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsNetflixItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "partner_account_id": "NFX0000012345",
                     *         "service_id": "NETFLIX_STANDARD",
                     *         "offer_id": "OFFER_2024",
                     *         "email": "ana.garcia@example.com"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Netflix"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsOrangeTv: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                external_id?: components["parameters"]["query.external_id"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "external_id": "EXT-558812",
                     *             "service_plan_ids": [],
                     *             "customer_type": "IPTV",
                     *             "max_set_top_boxes": 1
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsOrangeTvLibre: {
        parameters: {
            query?: {
                account_id?: components["parameters"]["query.account_id"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                activation_date?: components["parameters"]["query.activation_date"];
                /** @description The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it) */
                cursor?: components["parameters"]["query.cursor"];
                /** @description An ISO 8601 date-time with a time zone (equality), or a JSON object with any of eq, lt, lte, gt, gte (a range) */
                deactivation_date?: components["parameters"]["query.deactivation_date"];
                legacy_account_id?: components["parameters"]["query.legacy_account_id"];
                /** @description The bundle's legacy id */
                legacy_bundle_id?: components["parameters"]["query.legacy_bundle_id"];
                legacy_id?: components["parameters"]["query.legacy_id"];
                /** @description Pagination limit (1–500) */
                limit?: components["parameters"]["query.limit"];
                mandatory?: components["parameters"]["query.mandatory"];
                /** @description Pagination offset */
                offset?: components["parameters"]["query.offset"];
                /** @description E-mail, matched lower-cased */
                registration_email?: components["parameters"]["query.registration_email"];
                service_id?: components["parameters"]["query.service_id"];
                /** @description One of PRE_ACTIVE, ACTIVE, SUSPENDED, DEACTIVATED, CANCELLED, or a JSON object {"eq": value, "in": [values]} */
                status?: components["parameters"]["query.status_2"];
                /** @description One of MOBILE, BROADBAND, LANDLINE, ORANGE_TV, ORANGE_TV_LIBRE, AGILE_TV, AMAZON_PRIME, MAX, DISNEY, NETFLIX, DEVICE_INSURANCE, MULTISIM, or a JSON object {"eq": value, "in": [values]} */
                type?: components["parameters"]["query.type"];
            };
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "pre_scoring_id": null,
                     *           "type": "MOBILE",
                     *           "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *           "status": "PRE_ACTIVE",
                     *           "mandatory": false,
                     *           "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "account_id": "ACC-000123",
                     *           "legacy_account_id": null,
                     *           "legacy_bundle_id": null,
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "last_status_update": "2026-03-01T09:30:00Z",
                     *           "last_status_reason": "Customer request",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_user": "agent.lopez",
                     *           "specific_data": {
                     *             "registration_email": "ana.garcia@example.com",
                     *             "service_id": "NETFLIX_STANDARD"
                     *           },
                     *           "promotions": [],
                     *           "add_ons": [],
                     *           "devices": []
                     *         }
                     *       ],
                     *       "offset": 1,
                     *       "limit": 26,
                     *       "total": 1,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvLibreSet"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsOrangeTvLibreItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "registration_email": "ana.garcia@example.com",
                     *         "service_id": "NETFLIX_STANDARD"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvLibre"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsOrangeTvLibreItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "registration_email": "ana.garcia@example.com",
                     *         "service_id": "NETFLIX_STANDARD"
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTvLibre"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    getSubscriptionsOrangeTvItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "external_id": "EXT-558812",
                     *         "service_plan_ids": [],
                     *         "customer_type": "IPTV",
                     *         "max_set_top_boxes": 1
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTv"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
    patchSubscriptionsOrangeTvItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED */
                "if-match"?: components["parameters"]["header.if-match"];
                /** @description The calling system, set by the trusted gateway (audit only) */
                "x-auth-origin-aud"?: components["parameters"]["header.x-auth-origin-aud"];
                /** @description The end user, set by the trusted gateway (audit only) */
                "x-auth-origin-sub"?: components["parameters"]["header.x-auth-origin-sub"];
            };
            path: {
                /** @description Organization name */
                org: components["parameters"]["path.org"];
                /** @description subscriptionId (UUID) */
                subscriptionId: components["parameters"]["path.subscriptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "add",
                 *         "path": "/status"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["OperationsSet"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "legacy_id": null,
                     *       "pre_scoring_id": null,
                     *       "type": "MOBILE",
                     *       "catalogue_commercial_product_id": "MOBILE_UNLIMITED",
                     *       "status": "PRE_ACTIVE",
                     *       "mandatory": false,
                     *       "bundle_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *       "account_id": "ACC-000123",
                     *       "legacy_account_id": null,
                     *       "legacy_bundle_id": null,
                     *       "activation_date": null,
                     *       "deactivation_date": null,
                     *       "deactivation_system": null,
                     *       "deactivation_user": null,
                     *       "last_status_update": "2026-03-01T09:30:00Z",
                     *       "last_status_reason": "Customer request",
                     *       "creation_date": "2026-03-01T09:30:00Z",
                     *       "creation_system": "crm",
                     *       "creation_user": "agent.lopez",
                     *       "last_updated_date": "2026-03-01T09:30:00Z",
                     *       "last_updated_user": "agent.lopez",
                     *       "specific_data": {
                     *         "external_id": "EXT-558812",
                     *         "service_plan_ids": [],
                     *         "customer_type": "IPTV",
                     *         "max_set_top_boxes": 1
                     *       },
                     *       "promotions": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_promotion_id": "PROMO_20_OFF",
                     *           "commitments": [],
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "status_detail": null,
                     *           "activation_date": null,
                     *           "expiration_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "origin": "MIGRATION",
                     *           "add_on_id": null,
                     *           "device_id": null
                     *         }
                     *       ],
                     *       "add_ons": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_add_on_legacy_id": "CATALOGUE_ITEM_1",
                     *           "catalogue_add_on_id": "CATALOGUE_ITEM_1",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "creation_system": "crm",
                     *           "creation_user": "agent.lopez",
                     *           "last_updated_date": "2026-03-01T09:30:00Z",
                     *           "status": "REQUESTED",
                     *           "activation_date": null,
                     *           "deactivation_date": null,
                     *           "deactivation_system": null,
                     *           "deactivation_user": null,
                     *           "provider_product_id": null,
                     *           "provider_service_id": null
                     *         }
                     *       ],
                     *       "devices": [
                     *         {
                     *           "id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "legacy_id": null,
                     *           "catalogue_commercial_device_id": "IPHONE_15_128",
                     *           "catalogue_device_id": null,
                     *           "reservation_id": null,
                     *           "signature_process_id": null,
                     *           "shipping_order_id": null,
                     *           "pickup_order_id": null,
                     *           "in_store_delivery_date": null,
                     *           "in_store_returned_date": null,
                     *           "manufacturing_info": null,
                     *           "serial_number": null,
                     *           "mac_address": null,
                     *           "imei": null,
                     *           "acquisition_type": null,
                     *           "commitments": [],
                     *           "insurable_amount": null,
                     *           "legacy_account_id": 1000234,
                     *           "subscription_id": "3f6c2b9e-8d41-4c7a-9f0e-5b2d7a1c4e88",
                     *           "creation_date": "2026-03-01T09:30:00Z",
                     *           "last_updated_date": "2026-03-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrangeTv"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            500: components["responses"]["Error500"];
            default: components["responses"]["ErrorDefault"];
        };
    };
}
