import type { WebhookVerificationErrorCode } from '../errors.js'

/**
 * What `verify` tells an observer of one delivery: never a key, a
 * signature, a header value or the body.
 */
export interface VerifyReport {
  /** The provider's name: `Mux`. */
  readonly provider: string
  /** `verified`, the refusal's code, or `error` for anything else thrown (the caller's mistake, a key set not fetched). */
  readonly outcome: 'verified' | WebhookVerificationErrorCode | 'error'
  /** Milliseconds from the call to its answer, body read included. */
  readonly durationMs: number
  /** The provider's idempotency key of a verified delivery (signed: read from the verified body), where it has one. */
  readonly deliveryId?: string
}

/** The option of every provider's `verify` that reports each call. */
export interface ObserveOptions {
  /**
   * Called once per `verify` call, after it settles, with what happened; for
   * logs, metrics and traces. What it throws is ignored. Left out, `verify`
   * measures nothing.
   *
   * @example
   * ```ts
   * await verify(request, { secret, observe: (report) => console.log(report.provider, report.outcome, report.durationMs) })
   * ```
   */
  readonly observe?: (report: VerifyReport) => void
}
