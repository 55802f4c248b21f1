/** Each verification error code, in plain words, for people reading a terminal. */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  missing_signature:
    "The delivery has no signature header. Either signing is not turned on in the provider's dashboard, a proxy stripped the header, or the request did not come from this provider.",
  missing_timestamp:
    'The signature header is there but the timestamp header the provider signs is not: the headers were altered or belong to another provider.',
  malformed_signature:
    "The signature header is not in the provider's format (its exact prefix and 64 hex digits): it was altered, truncated, or belongs to another provider.",
  malformed_timestamp: "The timestamp header is not in the provider's format (Unix seconds or an ISO 8601 date-time).",
  timestamp_too_old: 'The delivery was signed longer ago than the tolerance allows: a stale or replayed delivery, or a clock that is off.',
  timestamp_too_new: 'The delivery is dated further in the future than the tolerance allows: a clock that is behind.',
  signature_mismatch:
    'The signature is well-formed but the secret does not produce it for this body: a wrong secret, or a body that was changed (re-serialized JSON, added newline) before verify.',
  invalid_payload: 'The signature is valid, but the body is not the JSON object the provider sends.',
}

export function explain(code: string): string {
  return EXPLANATIONS[code] ?? code
}
