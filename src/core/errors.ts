/** The error catalogue of the contract (API.md section 15): every code the service answers with. */
export const ERROR_CATALOGUE = {
  BAD_REQUEST: [400, 'Schema violation: missing required field, wrong type, unknown field or enum value, bad UUID, bad date, malformed JSON, out-of-range offset/limit, unknown query parameter or filter operator'],
  MISSING_QUERY_PARAMS: [400, 'A search without any of its required filters'],
  INVALID_CURSOR: [400, 'A cursor from another list or organization, or one that was altered'],
  INVALID_AS_OF: [400, 'An as_of that is not a date-time with a zone, is in the future, or is before the earliest state the service keeps'],
  MULTIPLE_PATCH_SAME_PATH: [400, 'Two operations of one PATCH on the same path'],
  PATCH_PATH_NOT_ALLOWED: [400, 'A PATCH path that is read-only or unknown for the resource'],
  OPERATION_NOT_SUPPORTED: [400, 'A transition that has its own endpoint (deactivation, cancellation) attempted by PATCH/PUT'],
  INVALID_MSISDN: [400, 'MSISDN not valid E.164 / Spanish mobile'],
  INVALID_IMSI: [400, 'IMSI not 14–15 digits'],
  INVALID_PHONE_NUMBER: [400, 'Landline number not valid'],
  INVALID_SUBSCRIPTION_STATUS: [400, 'A subscription transition not in the graph; adding a device, add-on or credit limit to a DEACTIVATED or CANCELLED subscription'],
  SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION: [400, 'Deactivating a subscription that is not ACTIVE or SUSPENDED'],
  SUBSCRIPTION_DEACTIVATION_COMMITMENTS_DO_NOT_MATCH: [400, "The deactivation's commitments differ from the subscription's active ones"],
  SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION: [400, 'Changing a promotion of a DEACTIVATED or CANCELLED subscription'],
  PROMOTION_INVALID_SUBSCRIPTION_STATUS: [400, 'Adding a promotion to a subscription that is not PRE_ACTIVE or ACTIVE'],
  PROMOTION_ACTIVATION_DATE_NOT_ALLOWED: [400, 'A future activation_date on a subscription that is not ACTIVE'],
  PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE: [400, 'activation_date before the current billing cycle or a year or more ahead'],
  PROMOTION_NOT_CANCELLABLE: [400, 'Cancelling a promotion that is not REQUESTED'],
  PROMOTION_NOT_DEACTIVATABLE: [400, 'Deactivating a promotion that is not ACTIVE'],
  INVALID_PROMOTION_STATUS: [400, 'A promotion transition not in the graph'],
  INVALID_PROMOTION_TARGET: [400, 'add_on_id/device_id not of the same subscription, or both given'],
  INVALID_BUNDLE_STATUS: [400, 'Deactivating a bundle with live subscriptions; adding to a DEACTIVATED bundle'],
  INVALID_ADD_ON_STATUS: [400, 'An add-on transition not in the graph'],
  ADD_ON_NOT_DEACTIVATABLE: [400, 'Deactivating an add-on that is not ACTIVE'],
  INVALID_COMMITMENT_STATUS: [400, 'A commitment transition other than ACTIVE → DEACTIVATED'],
  NOT_ACTIVE_SUBSCRIPTION_NO_CR: [400, 'A change request on a subscription that is not ACTIVE'],
  CHANGE_REQUEST_NOT_CANCELLABLE: [400, 'Cancelling a change request that is not REQUESTED'],
  WRONG_SUBSCRIPTION_TYPE: [400, 'Credit limits on a type other than MOBILE or LANDLINE'],
  INVALID_CREDIT_LIMIT_TYPE: [400, 'A credit-limit kind of the other type'],
  DEVICE_NOT_FINANCED: [400, 'A payment plan for a device that is not FINANCED'],
  INVALID_PAYMENT_PLAN_STATUS: [400, 'A payment-plan transition not allowed'],
  DEVICE_NOT_FOUND_FOR_INSURANCE: [400, 'DEVICE_INSURANCE device_id not a device of a subscription of the same customer account'],
  DEVICE_NOT_INSURABLE: [400, "The device's insurable_amount is null, or insured_amount exceeds it"],
  INVALID_MAIN_SUBSCRIPTION: [400, 'MULTISIM main not a non-final MOBILE subscription of the same bundle'],
  INVALID_CSV: [400, 'An administration file that fails the checks of the batch format'],
  INCOMPATIBLE_BUNDLED_COMMERCIAL_PRODUCT: [400, 'Reserved for a catalogue integration (the service holds no product catalogue)'],
  UNAUTHORIZED: [401, 'Token missing, malformed, expired, wrong issuer/audience, bad signature, alg: none'],
  FORBIDDEN_ORGANIZATION: [403, "The token does not grant the path's org"],
  MISSING_PERMISSIONS: [403, 'The token lacks the scope the method needs'],
  SUBSCRIPTION_NOT_FOUND: [404, 'The subscription does not exist in this org'],
  BUNDLE_NOT_FOUND: [404, 'The bundle does not exist in this org'],
  PROMOTION_NOT_FOUND: [404, 'The promotion does not exist in this org (under that parent)'],
  DEVICE_NOT_FOUND: [404, 'The device does not exist in this org (under that parent)'],
  ADD_ON_NOT_FOUND: [404, 'The add-on does not exist in this org (under that parent)'],
  COMMITMENT_NOT_FOUND: [404, 'The commitment does not exist in this org (under that parent)'],
  CONTRACT_NOT_FOUND: [404, 'The contract does not exist in this org (under that parent)'],
  CREDIT_LIMIT_NOT_FOUND: [404, 'The credit limit kind was never set on this subscription'],
  CHANGE_REQUEST_NOT_FOUND: [404, 'The change request does not exist in this org (under that parent)'],
  PAYMENT_PLAN_NOT_FOUND: [404, 'The payment plan does not exist in this org (under that parent)'],
  OPERATION_NOT_FOUND: [404, 'The operation does not exist in this org'],
  HUB_NOT_FOUND: [404, 'The webhook registration does not exist in this org'],
  ROUTE_NOT_FOUND: [404, 'No such path'],
  METHOD_NOT_ALLOWED: [405, 'The path exists, the method does not'],
  ALREADY_EXISTS: [409, 'A create with an existing id and a different body'],
  MSISDN_IN_USE: [409, 'The MSISDN is held by another live line'],
  IMSI_IN_USE: [409, 'The IMSI is held by another live line'],
  ICCID_IN_USE: [409, 'The ICCID is held by another live line'],
  OPERATION_IN_PROGRESS: [409, 'A state-changing request on a resource that is the target of a PENDING or RUNNING operation'],
  CHANGE_REQUEST_ALREADY_PENDING: [409, 'A tariff change is already REQUESTED or IN_PROGRESS for the bundle'],
  PAYMENT_PLAN_ALREADY_ACTIVE: [409, 'The device already has an ACTIVE payment plan'],
  IDEMPOTENCY_KEY_IN_USE: [409, 'The first request with this Idempotency-Key is still running'],
  PATCH_TEST_FAILED: [409, 'A test operation of a PATCH did not match: nothing applied'],
  PRECONDITION_FAILED: [412, 'If-Match does not match the current ETag'],
  PAYLOAD_TOO_LARGE: [413, 'Body over the limit'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Body not JSON (or not multipart for /operations)'],
  IDEMPOTENCY_KEY_REUSED: [422, 'Same Idempotency-Key, different body'],
  RATE_LIMITED: [429, 'Over RATE_LIMIT_PER_MINUTE'],
  INTERNAL_ERROR: [500, 'A defect; the message carries only the request id'],
  SUBSCRIPTION_TYPE_NOT_IMPLEMENTED: [501, 'Reserved: every subscription type is implemented'],
  SERVICE_UNAVAILABLE: [503, 'Database unreachable'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface ErrorDetail {
  path?: string;
  line?: number;
  message: string;
}

/** An answer of the error catalogue. Thrown anywhere below a route; the error handler renders it. */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.statusCode = ERROR_CATALOGUE[code][0];
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) => new AppError('BAD_REQUEST', message, details);
