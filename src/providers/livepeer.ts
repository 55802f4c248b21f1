/**
 * Livepeer Studio: `Livepeer-Signature: t=<unix milliseconds>,v1=<hex>`, the
 * hex HMAC-SHA256 of the raw body alone under the UTF-8 bytes of the webhook's
 * `sharedSecret` (chosen by the user when creating the webhook; without one,
 * no header is sent: `missing_signature`). Confirmed from Livepeer's own
 * source, livepeer/studio `packages/api/src/webhooks/cannon.ts`
 * (`signatureHeaders`) and `controllers/helpers.ts` (`sign`), and its docs
 * ("The signed_payload is the raw request payload").
 *
 * **`t` is not signed.** It looks like Stripe's header, but only the body is
 * under the HMAC: anyone can change `t` without breaking the signature. So
 * hookproof reads `t` but trusts nothing in it, checks no tolerance, and
 * refuses the `tolerance` option (a `TypeError` from JavaScript). A captured
 * delivery verifies forever, and replays are stopped only by de-duplicating
 * on the body's `id` ({@link idempotencyKey}), which stays the same across
 * retries. (The body's own `timestamp` is signed, but Livepeer renews it and
 * re-signs the body on every retry, up to 33 over about a day, so it bounds
 * no replay window of its own.)
 *
 * `playback.accessControl` is not this envelope (`{ context, accessKey,
 * timestamp, … }`, no `event`), so `verify` refuses it as `invalid_payload`;
 * `multistream.*` and `playback.user.new` come from other Livepeer services
 * in shapes not confirmed, so they verify as unknown events.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, UntimedVerifyOptions } from '../pipeline/options.js'
import { stripeStyleScheme } from '../schemes/stripe-style.js'
import { unixMilliseconds } from '../time/formats.js'

/**
 * A stream, as the API returns it, less its `streamKey` (the API schema's
 * fields; deprecated ones left out, nested objects not typed).
 */
export interface LivepeerStream {
  id: string
  name: string
  isActive?: boolean
  isHealthy?: boolean | null
  /** Human-readable issues affecting the stream. */
  issues?: string[] | null
  playbackId?: string
  /** Set on a session (a child stream): its parent stream. */
  parentId?: string
  projectId?: string
  record?: boolean
  suspended?: boolean
  userTags?: Record<string, unknown>
  /** Unix ms. */
  createdAt?: number
  createdByTokenName?: string
  /** Unix ms. */
  lastSeen?: number
  /** Unix ms. */
  lastTerminatedAt?: number | null
  sourceSegments?: number
  transcodedSegments?: number
  /** Seconds. */
  sourceSegmentsDuration?: number
  /** Seconds. */
  transcodedSegmentsDuration?: number
  sourceBytes?: number
  transcodedBytes?: number
  ingestRate?: number
  outgoingRate?: number
  creatorId?: unknown
  pull?: unknown
  playbackPolicy?: unknown
  profiles?: unknown[]
  recordingSpec?: unknown
  multistream?: unknown
  renditions?: unknown
}

/** A session's recording state. */
export type LivepeerRecordingStatus = 'waiting' | 'ready' | 'failed' | 'deleted' | 'none'

/** A session (one broadcast of a stream), as the API returns it (the API schema's fields; deprecated ones left out). */
export interface LivepeerSession {
  id: string
  name: string
  /** The stream this session belongs to. */
  parentId?: string
  projectId?: string
  playbackId?: string
  record?: boolean
  recordingStatus?: LivepeerRecordingStatus
  recordingUrl?: string
  mp4Url?: string
  isHealthy?: boolean | null
  issues?: string[] | null
  /** Unix ms. */
  createdAt?: number
  /** Unix ms. */
  lastSeen?: number
  sourceSegments?: number
  transcodedSegments?: number
  sourceSegmentsDuration?: number
  transcodedSegmentsDuration?: number
  sourceBytes?: number
  transcodedBytes?: number
  ingestRate?: number
  outgoingRate?: number
  profiles?: unknown[]
  recordingSpec?: unknown
}

/** The session a `recording.waiting` or `recording.ready` event carries: its recording is ready, as the asset `assetId`. */
export type LivepeerRecordedSession = LivepeerSession & { recordingStatus: 'ready'; assetId: string }

/** An asset's phase. */
export type LivepeerAssetPhase = 'uploading' | 'waiting' | 'processing' | 'ready' | 'failed' | 'deleting' | 'deleted'

/** Where an asset came from. */
export type LivepeerAssetSource =
  | { type: 'url'; url: string; gatewayUrl?: string; encryption?: unknown }
  | { type: 'recording'; sessionId: string }
  | {
      type: 'directUpload' | 'clip'
      encryption?: unknown
      sourceId?: string
      sessionId?: string
      playbackId?: string
      requesterId?: string
      assetId?: string
    }

/** An asset, as the API returns it (the API schema's fields; deprecated and write-only ones left out, nested objects not typed). */
export interface LivepeerAsset {
  id: string
  name: string
  source: LivepeerAssetSource
  type?: 'video' | 'audio'
  playbackId?: string
  playbackUrl?: string
  downloadUrl?: string
  status?: { phase: LivepeerAssetPhase; updatedAt: number; progress?: number; errorMessage?: string }
  projectId?: string
  /** Unix ms. */
  createdAt?: number
  createdByTokenName?: string
  /** Bytes. */
  size?: number
  hash?: { hash?: string; algorithm?: string }[] | null
  playbackPolicy?: unknown
  creatorId?: unknown
  profiles?: unknown[]
  storage?: unknown
  videoSpec?: unknown
}

/** A task's phase. */
export type LivepeerTaskPhase = 'pending' | 'waiting' | 'running' | 'failed' | 'completed' | 'cancelled'

/** A task's type; open, as the scheduler runs types the API schema does not list. */
export type LivepeerTaskType = 'upload' | 'export' | 'export-data' | 'transcode-file' | 'clip' | (string & {})

/** A task, as the API returns it (the API schema's fields). */
export interface LivepeerTask {
  id: string
  type?: LivepeerTaskType
  /** Unix ms. */
  createdAt?: number
  /** Unix ms. */
  scheduledAt?: number
  inputAssetId?: string
  outputAssetId?: string
  projectId?: string
  requesterId?: string
  params?: Record<string, unknown>
  status?: { phase: LivepeerTaskPhase; updatedAt: number; progress?: number; errorMessage?: string; retries?: number }
  output?: Record<string, unknown>
}

/** The task, as task events carry it. */
export interface LivepeerTaskInfo {
  id: string
  type: LivepeerTaskType
  snapshot: LivepeerTask
}

/** The fields every event has. */
export interface LivepeerEnvelope<Name extends string> {
  /** The event's id: the same on every retry, what to de-duplicate on. */
  id: string
  /** The webhook (subscription) this delivery is for. */
  webhookId: string
  /** When the event happened, Unix ms. */
  createdAt: number
  /**
   * When this attempt was sent, Unix ms: renewed on every retry (the body is
   * re-signed), and the same number as the header's unsigned `t`.
   */
  timestamp: number
  event: Name
}

/** `stream.started` and `stream.idle`: the stream, no payload. */
export interface LivepeerStreamEvent<Name extends 'stream.started' | 'stream.idle' = 'stream.started' | 'stream.idle'>
  extends LivepeerEnvelope<Name> {
  stream: LivepeerStream
}

/** `stream.detection`: scene classification of one segment. */
export interface LivepeerStreamDetection extends LivepeerEnvelope<'stream.detection'> {
  stream: LivepeerStream
  payload: { seqNo: number; sceneClassification: { name: string; probability: number }[] }
}

/** `recording.started`: a session began recording. */
export interface LivepeerRecordingStarted extends LivepeerEnvelope<'recording.started'> {
  stream: LivepeerStream
  payload: { session: LivepeerSession }
}

/** `recording.waiting`: a session ended; its recording is being made into an asset. */
export interface LivepeerRecordingWaiting extends LivepeerEnvelope<'recording.waiting'> {
  stream: LivepeerStream
  payload: { session: LivepeerRecordedSession }
}

/** `recording.ready`: a session's recording is ready to play. */
export interface LivepeerRecordingReady extends LivepeerEnvelope<'recording.ready'> {
  stream: LivepeerStream
  payload: { recordingUrl?: string; mp4Url?: string; session: LivepeerRecordedSession }
}

/** The asset events. */
export type LivepeerAssetEventName = 'asset.created' | 'asset.updated' | 'asset.ready' | 'asset.failed' | 'asset.deleted'

/** An asset event: the asset's id and its state. */
export interface LivepeerAssetEvent<Name extends LivepeerAssetEventName = LivepeerAssetEventName> extends LivepeerEnvelope<Name> {
  payload: {
    asset: { id: string; snapshot: LivepeerAsset }
    /** `asset.ready` and `asset.failed` for webhooks created by 2024-07-28T00:00Z only: `asset.id`, repeated. */
    id?: string
    /** `asset.ready` and `asset.failed` for webhooks created by 2024-07-28T00:00Z only: `asset.snapshot`, repeated. */
    snapshot?: LivepeerAsset
  }
}

/** `task.spawned` and `task.updated`. */
export interface LivepeerTaskEvent<Name extends 'task.spawned' | 'task.updated' = 'task.spawned' | 'task.updated'>
  extends LivepeerEnvelope<Name> {
  payload: { task: LivepeerTaskInfo }
}

/** `task.completed` (`success: true`) and `task.failed` (`success: false`). */
export type LivepeerTaskOutcome = {
  [Name in 'task.completed' | 'task.failed']: LivepeerEnvelope<Name> & {
    payload: { success: Name extends 'task.completed' ? true : false; task: LivepeerTaskInfo }
  }
}['task.completed' | 'task.failed']

/**
 * Every Livepeer Studio webhook body of the event envelope; narrow on `event`.
 *
 * @example
 * ```ts
 * if (event.event === 'asset.ready') console.log(event.payload.asset.snapshot.playbackId)
 * ```
 */
export type LivepeerEvent =
  | LivepeerStreamEvent<'stream.started'>
  | LivepeerStreamEvent<'stream.idle'>
  | LivepeerStreamDetection
  | LivepeerRecordingStarted
  | LivepeerRecordingWaiting
  | LivepeerRecordingReady
  | { [Name in LivepeerAssetEventName]: LivepeerAssetEvent<Name> }[LivepeerAssetEventName]
  | LivepeerTaskEvent<'task.spawned'>
  | LivepeerTaskEvent<'task.updated'>
  | LivepeerTaskOutcome

/** The event names these types know. */
export type LivepeerEventName = LivepeerEvent['event']

/**
 * What `verify` resolves to: a known Livepeer Studio event, or one Livepeer
 * Studio added after these types were written (`isKnownEvent` tells them apart).
 */
export type LivepeerDelivery = LivepeerEvent | UnknownEvent<'event'>

const definition = /* @__PURE__ */ providerDefinition<LivepeerEvent>()({
  name: 'Livepeer Studio',
  secretEnv: 'LIVEPEER_WEBHOOK_SECRET',
  // The signed content is the body only: `t` is read, never trusted, and no tolerance applies.
  scheme: stripeStyleScheme({ header: 'Livepeer-Signature', version: 'v1', joiner: '', format: unixMilliseconds, timestampSigned: false }),
  eventField: 'event',
  events: {
    'stream.started': true,
    'stream.idle': true,
    'stream.detection': true,
    'recording.started': true,
    'recording.waiting': true,
    'recording.ready': true,
    'asset.created': true,
    'asset.updated': true,
    'asset.ready': true,
    'asset.failed': true,
    'asset.deleted': true,
    'task.spawned': true,
    'task.updated': true,
    'task.completed': true,
    'task.failed': true,
  },
})

/**
 * Verifies a Livepeer Studio delivery and resolves to its typed body. Checks
 * the `v1` signature over the body; `t` is not signed, so no timestamp is
 * checked and a `tolerance` is refused: de-duplicate on `id` to stop replays.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/livepeer'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.LIVEPEER_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.event === 'asset.ready') console.log(event.payload.asset.snapshot.playbackId)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<LivepeerDelivery, UntimedVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Livepeer Studio does, for testing a handler: resolves to
 * `{ headers, body }` with `Livepeer-Signature: t=<ms>,v1=<hex>`.
 * `options.timestamp` sets `t`, which is not signed; set it to the body's
 * `timestamp`, as Livepeer does.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/livepeer'
 *
 * const now = Date.now()
 * const delivery = await sign(
 *   { id: crypto.randomUUID(), webhookId: 'wh_1', createdAt: now, timestamp: now, event: 'stream.idle', stream: { id: 'st_1', name: 'my-stream' } },
 *   { secret: 'my-secret', timestamp: now },
 * )
 * ```
 */
export const sign: Sign<LivepeerEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Livepeer Studio adds later still verify; check this first, acknowledge
 * the others (answer 2xx, or the provider retries), then switch on
 * `event` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.event) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<LivepeerEvent, LivepeerDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries: the event's `id`, the same on
 * every retry and resend ("allows receiver to check if they have already
 * processed the same event", Livepeer's source says). Livepeer signs no
 * timestamp it could be checked by, so this is what stops replays: keep the
 * keys longer than a delivery is retried (33 retries, backing off to an hour).
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 7 * 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: LivepeerEvent): string {
  return `livepeer:${event.id}`
}
