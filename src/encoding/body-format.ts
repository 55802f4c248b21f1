/**
 * How a provider writes its bodies, where not as JSON: what `sign` sends and
 * what `verify` returns once the signature matched. An object, as
 * signature encodings are, so that only the bundles of providers that post
 * forms carry a form reader.
 */
export interface BodyFormat {
  /** The Content-Type `sign` sends, e.g. `application/x-www-form-urlencoded`. */
  readonly contentType: string
  /** The body's text as the event `verify` returns; `invalid_payload` naming `provider` when it is none. */
  read(text: string, provider: string): Record<string, unknown>
  /** A payload object `sign` was given, as a body; a `TypeError` naming `provider` when it cannot be one. */
  write(payload: unknown, provider: string): string
}
