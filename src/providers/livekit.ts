/**
 * LiveKit (webhooks of rooms, participants, tracks, egress, ingress and
 * agent jobs): `Authorization: <JWT>`, the raw token (no `Bearer `), HS256
 * with the project's **API secret**, its `iss` the API key and its `sha256`
 * claim the base64 SHA-256 of the body exactly as sent; `nbf` and `iat` now,
 * `exp` five minutes on. LiveKit's SDKs allow 10 s of clock skew (Go: 60 s);
 * so does this: 310 s back from `nbf`, 10 s ahead, 10 s past `exp`.
 *
 * Confirmed from LiveKit's own sender and receivers: `livekit/protocol`
 * `webhook/url_notifier.go` and `resource_url_notifier.go`
 * (`auth.NewAccessToken(apiKey, apiSecret).SetValidFor(5 * time.Minute).SetSha256(base64.StdEncoding(sha256(body)))`,
 * sent as `Authorization`), `auth/accesstoken.go` (HS256), `webhook/verifier.go`
 * @d74e7cdb; `livekit/node-sdks` `packages/livekit-server-sdk/src/WebhookReceiver.ts`
 * @716859a2 (its test vector checks out). The body is protobuf JSON
 * (`livekit_webhook.proto`): camelCase, 64-bit numbers as strings, zero
 * values left out, and whitespace that varies between builds (hash the raw
 * bytes). Every body is open.
 *
 * @module
 */
import { type IsKnownEvent, providerDefinition, type Sign, type UnknownEvent, type Verify } from '../pipeline/definition.js'
import { createIsKnownEvent } from '../pipeline/known.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { BodyOptions } from '../http/body.js'
import { type JwtKeyOptions, jwtScheme, type JwtSignOptions } from '../schemes/jwt.js'
import type { CheckOptions, SignTimeOptions } from '../time/tolerance.js'

/** A room, as LiveKit's `Room` message renders in JSON. */
export interface LiveKitRoom {
  sid: string
  name: string
  emptyTimeout?: number
  departureTimeout?: number
  maxParticipants?: number
  /** Unix seconds, as a string (a 64-bit number in protobuf JSON). */
  creationTime?: string
  creationTimeMs?: string
  metadata?: string
  numParticipants?: number
  numPublishers?: number
  activeRecording?: boolean
  [field: string]: unknown
}

/** A participant, as `ParticipantInfo` renders. */
export interface LiveKitParticipant {
  sid: string
  identity: string
  /** `JOINED`, `ACTIVE`, `DISCONNECTED` (`JOINING`, the zero value, is left out); open. */
  state?: 'JOINED' | 'ACTIVE' | 'DISCONNECTED' | (string & {})
  name?: string
  metadata?: string
  /** Unix seconds, as a string. */
  joinedAt?: string
  joinedAtMs?: string
  /** `AGENT`, `SIP`, `EGRESS`, `INGRESS` (`STANDARD` is left out); open. */
  kind?: string
  attributes?: Record<string, string>
  [field: string]: unknown
}

/** A track, as `TrackInfo` renders. */
export interface LiveKitTrack {
  sid: string
  /** `VIDEO` or `DATA` (`AUDIO`, the zero value, is left out); open. */
  type?: string
  name?: string
  /** `CAMERA`, `MICROPHONE`, `SCREEN_SHARE`, …; open. */
  source?: string
  muted?: boolean
  mimeType?: string
  [field: string]: unknown
}

/** What every webhook carries. */
interface LiveKitEnvelope {
  /** The event's id (`EV_…`), the same on every retry of it: the key to de-duplicate on. */
  id: string
  /** Unix seconds, as a string. */
  createdAt?: string
  room?: LiveKitRoom
  /** Deprecated. */
  numDropped?: number
  [field: string]: unknown
}

/** `room_started`, `room_finished`. */
export interface LiveKitRoomEvent extends LiveKitEnvelope {
  event: 'room_started' | 'room_finished'
  room: LiveKitRoom
}

/** `participant_joined` (when the participant becomes active), `participant_left`, `participant_connection_aborted`. */
export interface LiveKitParticipantEvent extends LiveKitEnvelope {
  event: 'participant_joined' | 'participant_left' | 'participant_connection_aborted'
  participant: LiveKitParticipant
}

/** `track_published`, `track_unpublished`. */
export interface LiveKitTrackEvent extends LiveKitEnvelope {
  event: 'track_published' | 'track_unpublished'
  participant: LiveKitParticipant
  track: LiveKitTrack
}

/** `egress_started`, `egress_updated`, `egress_ended`: a recording or stream out of a room. */
export interface LiveKitEgressEvent extends LiveKitEnvelope {
  event: 'egress_started' | 'egress_updated' | 'egress_ended'
  egressInfo: {
    egressId: string
    roomId?: string
    roomName?: string
    /** `EGRESS_STARTING` is left out; `EGRESS_ACTIVE`, `EGRESS_ENDING`, `EGRESS_COMPLETE`, `EGRESS_FAILED`, …; open. */
    status?: string
    error?: string
    [field: string]: unknown
  }
}

/** `ingress_started`, `ingress_ended`: a stream into a room. */
export interface LiveKitIngressEvent extends LiveKitEnvelope {
  event: 'ingress_started' | 'ingress_ended'
  ingressInfo: { ingressId: string; name?: string; roomName?: string; state?: Record<string, unknown>; [field: string]: unknown }
}

/** `agent_job_started`, `agent_job_ended`: an agent dispatched to a room. */
export interface LiveKitAgentJobEvent extends LiveKitEnvelope {
  event: 'agent_job_started' | 'agent_job_ended'
  job: { id: string; dispatchId?: string; type?: string; agentName?: string; state?: Record<string, unknown>; [field: string]: unknown }
}

/**
 * Every LiveKit webhook body, told apart by `event`.
 *
 * @example
 * ```ts
 * if (event.event === 'participant_joined') console.log(event.participant.identity, 'joined', event.room?.name)
 * ```
 */
export type LiveKitEvent =
  | LiveKitRoomEvent
  | LiveKitParticipantEvent
  | LiveKitTrackEvent
  | LiveKitEgressEvent
  | LiveKitIngressEvent
  | LiveKitAgentJobEvent

/** An event name LiveKit documents. */
export type LiveKitEventName = LiveKitEvent['event']

/** What `verify` resolves to: a known LiveKit event, or one LiveKit added after these types were written. */
export type LiveKitDelivery = LiveKitEvent | UnknownEvent<'event'>

/** Options of `verify`: the API key the token must be issued by, its secret, the clock. */
export interface LiveKitVerifyOptions extends JwtKeyOptions, CheckOptions, BodyOptions {}

/** Options of `sign`: the API key and secret, and when. */
export interface LiveKitSignOptions extends JwtSignOptions, SignTimeOptions {}

const definition = /* @__PURE__ */ providerDefinition<LiveKitEvent>()({
  name: 'LiveKit',
  secretEnv: 'LIVEKIT_API_SECRET',
  scheme: jwtScheme({
    header: 'Authorization',
    bearer: false,
    algorithms: ['HS256'],
    bodyClaim: 'sha256',
    // The token lives 300 s; LiveKit's Node SDK allows 10 s of skew.
    tolerance: { past: 310, future: 10 },
  }),
  eventField: 'event',
  events: {
    room_started: true,
    room_finished: true,
    participant_joined: true,
    participant_left: true,
    participant_connection_aborted: true,
    track_published: true,
    track_unpublished: true,
    egress_started: true,
    egress_updated: true,
    egress_ended: true,
    ingress_started: true,
    ingress_ended: true,
    agent_job_started: true,
    agent_job_ended: true,
  },
})

/**
 * Verifies a LiveKit webhook and resolves to its typed body: the token's
 * algorithm, issuer (your API key), signature, lifetime, and the body's
 * SHA-256 against its `sha256` claim.
 *
 * @example
 * ```ts
 * import { isKnownEvent, verify } from 'hookproof/livekit'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { apiKey: process.env.LIVEKIT_API_KEY!, secret: process.env.LIVEKIT_API_SECRET! })
 *   if (isKnownEvent(event) && event.event === 'room_finished') console.log(event.room.name)
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<LiveKitDelivery, LiveKitVerifyOptions> = /* @__PURE__ */ createVerify(definition, idempotencyKey)

/**
 * Signs a payload as LiveKit does, for testing a handler: resolves to
 * `{ headers, body }` with `Authorization: <JWT>`.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/livekit'
 *
 * const delivery = await sign(
 *   { event: 'room_started', id: 'EV_3kZb9Qw2LpXa', room: { sid: 'RM_hycBMAjmt6Ub', name: 'daily-standup' } },
 *   { apiKey: 'APIxxxxxxxx', secret: 'test-secret' },
 * )
 * ```
 */
export const sign: Sign<LiveKitEvent, LiveKitSignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * Whether a verified body is one of the events these types know. Deliveries
 * of events LiveKit adds later still verify; acknowledge them, then switch on
 * `event` exhaustively.
 *
 * @example
 * ```ts
 * const event = await verify(request, { apiKey, secret })
 * if (!isKnownEvent(event)) return new Response(null, { status: 204 }) // an event added since: log it
 * switch (event.event) {
 *   // every known event, narrowed
 * }
 * ```
 */
export const isKnownEvent: IsKnownEvent<LiveKitEvent, LiveKitDelivery> = /* @__PURE__ */ createIsKnownEvent(definition)

/**
 * A key for de-duplicating deliveries: the event's `id`, which LiveKit sets
 * once and sends again on every retry.
 *
 * @example
 * ```ts
 * const event = await verify(request, { apiKey, secret })
 * if (await redis.set(`webhook:${idempotencyKey(event)}`, '1', { NX: true, EX: 86_400 })) await handle(event)
 * ```
 */
export function idempotencyKey(event: LiveKitEvent): string {
  return `livekit:${event.id}`
}
