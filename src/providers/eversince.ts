/**
 * Eversince: `X-Eversince-Signature: sha256=<hex>` over `<timestamp>.<body>`,
 * `X-Eversince-Timestamp` in Unix seconds. Headers are sent only when a signing
 * secret is configured for the account.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { hmacScheme } from '../schemes/hmac.js'
import { unixSeconds } from '../time/formats.js'

/** Project statuses; open, as new ones may appear. */
export type EversinceStatus = 'queued' | 'running' | 'generating' | 'rendering' | 'idle' | 'failed' | 'cancelled' | (string & {})

/** A generated asset of a project. */
export interface EversinceAsset {
  ref: string
  /** e.g. `image-to-video`; open. */
  type: string
  url: string
  model: string
  prompt: string
  duration: number | null
  aspect_ratio: string | null
  source_image_url: string | null
  source_video_url: string | null
  reference_image_url: string | null
  created_at: string
}

/** A scene on the project's timeline. */
export interface EversinceScene {
  id: string
  ref: string
  type?: 'video' | 'image' | 'solid_frame_black' | 'solid_frame_white' | 'empty' | (string & {})
  position: number
  duration: number
  description: string
  image_url: string | null
  video_url: string | null
  video_model: string | null
  image_model: string | null
  prompt: string | null
  volume: number
  fade_in: number | null
  fade_out: number | null
}

/** The project's timeline. Audio, overlay and caption shapes are not documented: `unknown`. */
export interface EversinceTimeline {
  duration_seconds: number
  aspect_ratio: string
  craft?: string | null
  skills?: string[]
  scenes: EversinceScene[]
  audio: {
    voiceover: unknown
    music: unknown
    tracks: unknown[]
  }
  overlays: unknown[]
  captions: Record<string, unknown> | null
}

/** The full project, as `GET /projects/:id` returns it. */
export interface EversinceProject {
  /** `proj_…` */
  id: string
  status: EversinceStatus
  mode: 'autonomous' | 'collaborative' | (string & {})
  output_type: 'assembled' | 'assets' | 'pending' | (string & {})
  assembled_url: string | null
  assembled_url_expires_at: string | null
  project_url: string
  agent_message: string | null
  variation_id?: string | null
  credits_warning?: string
  /** Present when the project failed. */
  error_message?: string
  assets: EversinceAsset[]
  timeline: EversinceTimeline
  /** ISO 8601. */
  created_at: string
  /** ISO 8601. */
  updated_at: string
}

/** The status transitions that fire a webhook (cancelled projects fire none). */
export type EversinceEventName = 'running' | 'generating' | 'idle' | 'failed' | 'rendering'

/**
 * A delivery for one event: the project plus `event`, the status transition
 * that fired it. `status` keeps the wider type: the docs show it equal to
 * `event` but do not promise it.
 */
export type EversinceEventOf<Name extends EversinceEventName> = EversinceProject & { event: Name }

/**
 * Every Eversince webhook body; narrow on `event`.
 *
 * @example
 * ```ts
 * if (event.event === 'failed') console.error(event.error_message)
 * ```
 */
export type EversinceEvent =
  | EversinceEventOf<'running'>
  | EversinceEventOf<'generating'>
  | EversinceEventOf<'idle'>
  | EversinceEventOf<'failed'>
  | EversinceEventOf<'rendering'>

/**
 * What `verify` resolves to: a known Eversince event, or one Eversince added
 * after these types were written (`isKnownEvent` tells them apart).
 */
export type EversinceDelivery = EversinceEvent | UnknownEvent<'event'>

const definition = /* @__PURE__ */ providerDefinition<EversinceEvent>()({
  name: 'Eversince',
  scheme: hmacScheme({
    signatureHeader: 'X-Eversince-Signature',
    prefix: 'sha256=',
    timestamp: { header: 'X-Eversince-Timestamp', format: unixSeconds },
  }),
  eventField: 'event',
  events: { running: true, generating: true, idle: true, failed: true, rendering: true },
})

/**
 * Verifies an Eversince delivery and resolves to its typed body. Checks the
 * signature over `<timestamp>.<body>` and the timestamp (300 s both ways by
 * default).
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/eversince'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.EVERSINCE_WEBHOOK_SECRET! })
 *   if (isKnownEvent(event) && event.event === 'idle') console.log(event.assembled_url)
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export const verify: Verify<EversinceDelivery, VerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as Eversince does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Eversince-Signature` and `X-Eversince-Timestamp`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/eversince'
 *
 * const delivery = await sign(project, { secret: 'test-secret' })
 * await fetch('http://localhost:3000/webhooks/eversince', { method: 'POST', ...delivery })
 * ```
 */
export const sign: Sign<EversinceEvent, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events Eversince adds later still verify; check this first, acknowledge
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
export const isKnownEvent: IsKnownEvent<EversinceEvent, EversinceDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A stable key for de-duplicating deliveries of one event: store it with a
 * unique constraint (or `SET key 1 NX EX 86400` in Redis) and skip the work
 * when it is already there. Eversince delivers each status change once, and a project can pass through the same status twice (idle, running, idle again), so the key is the project, the event and the project's `updated_at`.
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const first = await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })
 * if (first) await handle(event) // e.g. `proj_abc123:idle:2025-03-15T10:35:00Z`
 * ```
 */
export function idempotencyKey(event: EversinceEvent): string {
  return `${event.id}:${event.event}:${event.updated_at}`
}
