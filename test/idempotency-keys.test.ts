/**
 * The exact de-duplication keys of the providers whose key depends on the
 * kind of event, each written from the template its documentation gives
 * (the JSDoc of `idempotencyKey` and the README's provider tables), with the
 * fields that change the key. provider.test.ts checks that every sample gets
 * a key of its own and keeps it through sign and verify; this file checks
 * what the key is.
 */
import { describe, expect, it } from 'vitest'
import * as apivideo from '../src/providers/apivideo.js'
import * as baseten from '../src/providers/baseten.js'
import * as cartesia from '../src/providers/cartesia.js'
import * as cloudinary from '../src/providers/cloudinary.js'
import * as hume from '../src/providers/hume.js'
import * as removebgvideo from '../src/providers/removebgvideo.js'
import * as retell from '../src/providers/retell.js'

type Case = readonly [label: string, event: unknown, key: string | undefined]
const keysOf = (idempotencyKey: (event: never) => string | undefined, cases: readonly Case[]) =>
  it.each(cases)('%s', (_label, event, key) => expect(idempotencyKey(event as never)).toBe(key))

describe('Cloudinary: a composite per notification type', () => {
  const asset = { resource_type: 'image', type: 'upload', public_id: 'sample' }
  keysOf(cloudinary.idempotencyKey, [
    [
      'upload: the asset and its version',
      { notification_type: 'upload', ...asset, version: 1719304891 },
      'upload:image/upload/sample@1719304891',
    ],
    ['eager: the request', { notification_type: 'eager', request_id: 'req_1' }, 'eager:req_1'],
    [
      'delete: every asset, with its version when sent',
      {
        notification_type: 'delete',
        resources: [
          { ...asset, version: 2 },
          { ...asset, resource_type: 'video' },
        ],
      },
      'delete:image/upload/sample@2,video/upload/sample',
    ],
    [
      'rename: the asset id, both public ids and triggered_at',
      {
        notification_type: 'rename',
        asset_id: 'a1',
        from_public_id: 'x',
        to_public_id: 'y',
        notification_context: { triggered_at: '2024-06-25T08:41:31Z' },
      },
      'rename:a1:x>y@2024-06-25T08:41:31Z',
    ],
    [
      'rename: without an asset id or a trigger time',
      { notification_type: 'rename', from_public_id: 'x', to_public_id: 'y' },
      'rename::x>y',
    ],
    [
      'moderation: the asset, kind, verdict and time',
      {
        notification_type: 'moderation',
        public_id: 'p',
        moderation_kind: 'manual',
        moderation_status: 'approved',
        moderation_updated_at: 'T1',
      },
      'moderation:p:manual:approved:T1',
    ],
    [
      'moderation: without a time',
      { notification_type: 'moderation', public_id: 'p', moderation_kind: 'manual', moderation_status: 'rejected' },
      'moderation:p:manual:rejected:',
    ],
  ])
})

describe('api.video: the fields each event has, or none when one is missing', () => {
  keysOf(apivideo.idempotencyKey, [
    [
      'broadcast started',
      { type: 'live-stream.broadcast.started', liveStreamId: 'li1', emittedAt: 'T' },
      'live-stream.broadcast.started:li1:T',
    ],
    ['broadcast ended', { type: 'live-stream.broadcast.ended', liveStreamId: 'li1', emittedAt: 'T' }, 'live-stream.broadcast.ended:li1:T'],
    ['broadcast without emittedAt', { type: 'live-stream.broadcast.ended', liveStreamId: 'li1' }, undefined],
    ['source recorded', { type: 'video.source.recorded', videoId: 'vi1' }, 'video.source.recorded:vi1'],
    [
      'quality completed',
      { type: 'video.encoding.quality.completed', videoId: 'vi1', encoding: 'hls', quality: '720p' },
      'video.encoding.quality.completed:vi1:hls:720p',
    ],
    ['quality without its quality', { type: 'video.encoding.quality.completed', videoId: 'vi1', encoding: 'hls' }, undefined],
    ['caption generated', { type: 'video.caption.generated', captionId: 'ca1' }, 'video.caption.generated:ca1'],
    ['summary generated', { type: 'video.summary.generated', summaryId: 'su1' }, 'video.summary.generated:su1'],
  ])
})

describe('Retell: the event and the call or chat, with the transcript length for transcript_updated', () => {
  keysOf(retell.idempotencyKey, [
    ['call_ended', { event: 'call_ended', call: { call_id: 'c1' } }, 'call_ended:c1'],
    [
      'call transcript_updated',
      { event: 'transcript_updated', call: { call_id: 'c1', transcript_with_tool_calls: [{}, {}] } },
      'transcript_updated:c1:2',
    ],
    ['call transcript_updated, no transcript yet', { event: 'transcript_updated', call: { call_id: 'c1' } }, 'transcript_updated:c1:0'],
    ['chat_ended', { event: 'chat_ended', chat: { chat_id: 'h1' } }, 'chat_ended:h1'],
    [
      'chat transcript_updated',
      { event: 'transcript_updated', chat: { chat_id: 'h1', message_with_tool_calls: [{}, {}, {}] } },
      'transcript_updated:h1:3',
    ],
    ['chat transcript_updated, no message yet', { event: 'transcript_updated', chat: { chat_id: 'h1' } }, 'transcript_updated:h1:0'],
    ['neither a call nor a chat', { event: 'chat_ended' }, undefined],
  ])
})

describe('Cartesia: the type, the request or call, the time, and a turn its role and start', () => {
  keysOf(cartesia.idempotencyKey, [
    ['a request id', { type: 'call_started', request_id: 'r1', call: { id: 'c1' }, timestamp: 'T' }, 'call_started:r1@T'],
    ['call_started: the call id', { type: 'call_started', call: { id: 'c1' }, timestamp: 'T' }, 'call_started:c1@T'],
    ['call_completed: the call id', { type: 'call_completed', call: { id: 'c1' }, timestamp: 'T' }, 'call_completed:c1@T'],
    ['call_failed: the call id', { type: 'call_failed', call: { id: 'c1' }, timestamp: 'T' }, 'call_failed:c1@T'],
    [
      'another type: no call id',
      { type: 'call_turn', call: { id: 'c1' }, turn: { role: 'agent', start_timestamp: 5 }, timestamp: 'T' },
      'call_turn:@T:agent@5',
    ],
    ['nothing to go on', { type: 'call_turn' }, 'call_turn:@:@'],
  ])
})

describe('Baseten: the request, or every usage record of a billing delivery', () => {
  keysOf(baseten.idempotencyKey, [
    ['async_request_completed', { type: 'async_request_completed', request_id: 'q1' }, 'async_request_completed:q1'],
    [
      'billing',
      { type: 'API_BILLING_USAGE', data: { events: [{ idempotencyKey: 'u1' }, { idempotencyKey: 'u2' }] } },
      'API_BILLING_USAGE:u1,u2',
    ],
    ['billing without records', { type: 'API_BILLING_USAGE', data: { events: [] } }, 'API_BILLING_USAGE:'],
  ])
})

describe('Hume: the tool call, or the chat', () => {
  keysOf(hume.idempotencyKey, [
    ['tool_call', { event_name: 'tool_call', chat_id: 'c1', tool_call_message: { tool_call_id: 't1' } }, 'tool_call:t1'],
    ['chat_ended', { event_name: 'chat_ended', chat_id: 'c1' }, 'chat_ended:c1'],
  ])
})

describe('RemoveBGVideo: the job and its event or status, never an empty part', () => {
  keysOf(removebgvideo.idempotencyKey, [
    ['the event', { id: 'job_1', event: 'job.completed', status: 'completed' }, 'job_1:job.completed'],
    ['the status when no event', { id: 'job_1', status: 'completed' }, 'job_1:completed'],
    ['an empty event', { id: 'job_1', event: '', status: 'completed' }, undefined],
    ['an empty id', { id: '', status: 'completed' }, undefined],
    ['no id', { status: 'completed' }, undefined],
  ])
})
