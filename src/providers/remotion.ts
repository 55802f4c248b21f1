/**
 * Remotion Lambda: `X-Remotion-Signature: sha512=<hex>`, the lowercase hex
 * HMAC-SHA512 of the body alone (`JSON.stringify(payload)`, sent as is) under
 * the `webhook.secret` passed to `renderMediaOnLambda()` (UTF-8, chosen per
 * render). A render started with `secret: null` sends the literal
 * `NO_SECRET_PROVIDED`, which authenticates nothing: `malformed_signature`.
 * `X-Remotion-Status` repeats the body's `type`, unsigned; `verify` never
 * reads it. No timestamp; one webhook per render, retried twice with the
 * same body: de-duplicate on `renderId`.
 *
 * Confirmed from Remotion's source (`remotion-dev/remotion`
 * `packages/serverless/src/invoke-webhook.ts` `calculateSignature` @97633c15,
 * its test vector in `src/test/invoke-webhook.test.ts` @36173cd6, and
 * `packages/lambda-client/src/validate-webhook-signature.ts`) and docs
 * (https://www.remotion.dev/docs/lambda/webhooks). Remotion's own verifier
 * re-stringifies the parsed body; the sender signs the very string it sends,
 * so hookproof hashes the raw body.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { UntimedVerifyOptions } from '../pipeline/options.js'
import type { SigningSecretOptions } from '../schemes/secret.js'
import { hmacScheme } from '../schemes/hmac.js'

/** The three event types, one per way a render ends. */
export type RemotionEventName = 'success' | 'error' | 'timeout'

/** An error a Lambda function hit while rendering (Remotion's `EnhancedErrorInfo`). */
export interface RemotionLambdaError {
  type: 'renderer' | 'browser' | 'stitcher' | 'webhook' | 'artifact'
  message: string
  name: string
  stack: string
  frame: number | null
  chunk: number | null
  isFatal: boolean
  attempt: number
  willRetry: boolean
  totalAttempts: number
  tmpDir: { files: { filename: string; size: number }[]; total: number } | null
  /** Deprecated by Remotion: always `''`. */
  s3Location: string
  explanation: string | null
}

/** What every event carries. */
export interface RemotionRender {
  renderId: string
  expectedBucketOwner: string
  bucketName: string
  /**
   * The `webhook.customData` given to `renderMediaOnLambda()` (JSON, at most
   * 1024 bytes serialized), or `null`. The docs' webhook tester leaves it out.
   */
  customData?: Record<string, unknown> | null
}

/** `success`: the render finished. Fields Remotion leaves `undefined` are absent from the body. */
export interface RemotionSuccessEvent extends RemotionRender {
  type: 'success'
  /** Errors the render recovered from. */
  lambdaErrors: RemotionLambdaError[]
  /** The output's URL; the same value as `outputFile`. */
  outputUrl?: string
  outputFile?: string
  /** Milliseconds. */
  timeToFinish?: number
  costs: {
    estimatedCost: number
    /** e.g. `$0.01`. */
    estimatedDisplayCost: string
    /** e.g. `USD`. */
    currency: string
    disclaimer: string
  }
  /** An image sequence's output (newer Remotion versions); its shape is not documented here. */
  outputSequence?: Record<string, unknown> | null
  /** The separately rendered audio (newer Remotion versions); its shape is not documented here. */
  separateAudio?: Record<string, unknown> | null
}

/** `error`: the render failed; `errors` holds the fatal error. */
export interface RemotionErrorEvent extends RemotionRender {
  type: 'error'
  errors: { message: string; name: string; stack: string }[]
}

/** `timeout`: the render did not finish in time (sent about 1 s before the Lambda's own deadline). */
export interface RemotionTimeoutEvent extends RemotionRender {
  type: 'timeout'
}

/**
 * Every Remotion Lambda webhook body; narrow on `type`.
 *
 * @example
 * ```ts
 * if (event.type === 'success') console.log(event.outputFile)
 * ```
 */
export type RemotionEvent = RemotionSuccessEvent | RemotionErrorEvent | RemotionTimeoutEvent

/** `sign` options: the secret, and the `X-Remotion-Status` to send. */
export interface RemotionSignOptions extends SigningSecretOptions {
  /** Sent as `X-Remotion-Status`; default: the payload's `type`. */
  readonly event?: RemotionEventName
}

/**
 * What `verify` resolves to: a known Remotion event, or one Remotion added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type RemotionDelivery = RemotionEvent | UnknownEvent<'type'>

const definition = /* @__PURE__ */ providerDefinition<RemotionEvent>()({
  name: 'Remotion',
  scheme: hmacScheme({ signatureHeader: 'X-Remotion-Signature', prefix: 'sha512=', hash: 'SHA-512' }),
  eventField: 'type',
  events: { success: true, error: true, timeout: true },
  // Remotion also sends `X-Remotion-Mode: production`; `sign` does not.
  eventHeader: { header: 'X-Remotion-Status', field: 'type' },
})

/**
 * Verifies a Remotion Lambda delivery and resolves to its typed body. The
 * signature covers the body only and no timestamp is signed, so a `tolerance`
 * option is refused: stop replays by processing each `renderId` once. Pass
 * the raw body, not a parsed one.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/remotion'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.REMOTION_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.type === 'success') console.log(event.outputFile, event.costs.estimatedDisplayCost)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<RemotionDelivery, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Remotion does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Remotion-Signature` and `X-Remotion-Status`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/remotion'
 *
 * const delivery = await sign(
 *   { type: 'timeout', renderId: 'abcdef1234', expectedBucketOwner: '123456789012', bucketName: 'remotionlambda-useast1-abcdef', customData: null },
 *   { secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<RemotionEvent, RemotionSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Remotion adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `type` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.type) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<RemotionEvent, RemotionDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: a render sends one webhook,
 * and Remotion's two retries re-send the same body.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: RemotionEvent): string {
  return `${event.type}:${event.renderId}`
}
