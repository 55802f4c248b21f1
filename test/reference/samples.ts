/**
 * One documented-shape body per event of every provider, from the shapes and
 * examples in the providers' docs, type-checked against the event types
 * hookproof exports: a type that disagrees with the docs fails to compile.
 * The first five are the command line's samples (src/cli/samples.ts).
 */
import type { ElevenLabsEvent, FalEvent, MuxEvent, OpenRouterEvent, ReplicateEvent, StandardWebhooksEvent, SynthesiaEvent } from '../../src/index.js'
import { samples as cliSamples } from '../../src/cli/samples.js'

const prediction = {
  id: 'ufawqhfynnddngldkgtslldrkq',
  model: 'black-forest-labs/flux-schnell',
  version: 'hidden',
  input: { prompt: 'a red fox in the snow, cinematic' },
  created_at: '2025-01-15T11:59:58.103Z',
  urls: {
    get: 'https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq',
    cancel: 'https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq/cancel',
    web: 'https://replicate.com/p/ufawqhfynnddngldkgtslldrkq',
  },
  data_removed: false,
} as const

const replicate: readonly ReplicateEvent[] = [
  { ...prediction, status: 'starting', output: null, logs: '', started_at: null, completed_at: null },
  { ...prediction, status: 'processing', output: null, logs: 'Using seed: 1234\n', started_at: '2025-01-15T11:59:59.001Z' },
  { ...prediction, status: 'succeeded', output: ['https://replicate.delivery/xezq/out-0.webp'], logs: 'Using seed: 1234\n', started_at: '2025-01-15T11:59:59.001Z', completed_at: '2025-01-15T12:00:00.412Z', metrics: { predict_time: 1.41, total_time: 2.31 } },
  { ...prediction, status: 'failed', output: null, error: 'CUDA out of memory', started_at: '2025-01-15T11:59:59.001Z', completed_at: '2025-01-15T12:00:00.412Z' },
  { ...prediction, status: 'canceled', output: null, started_at: '2025-01-15T11:59:59.001Z', completed_at: '2025-01-15T12:00:00.412Z' },
  // A prediction that ended before it started (queue time out, deadline passed): no started_at.
  { ...prediction, status: 'aborted', output: null, started_at: null, completed_at: '2025-01-15T12:00:00.412Z' },
]

const standardwebhooks: readonly StandardWebhooksEvent[] = [
  { type: 'contact.created', timestamp: '2022-11-03T20:26:10.344522Z', data: { id: '1f81eb52-5198-4599-803e-771906343485' } },
  { type: 'response.completed', timestamp: '2025-01-15T12:00:00Z', data: { id: 'resp_abc123' } },
]

const fal: readonly FalEvent[] = [
  {
    request_id: '123e4567-e89b-12d3-a456-426614174000',
    gateway_request_id: '123e4567-e89b-12d3-a456-426614174000',
    status: 'OK',
    payload: { images: [{ url: 'https://url.to/image.png', content_type: 'image/png', file_name: 'image.png', file_size: 1824075, width: 1024, height: 1024 }], seed: 19661918 },
  },
  { request_id: '123e4567-e89b-12d3-a456-426614174000', gateway_request_id: '123e4567-e89b-12d3-a456-426614174000', status: 'ERROR', error: 'Invalid status code: 422', payload: { detail: [{ loc: ['body', 'prompt'], msg: 'field required', type: 'value_error.missing' }] } },
  { request_id: '123e4567-e89b-12d3-a456-426614174000', gateway_request_id: '123e4567-e89b-12d3-a456-426614174000', status: 'OK', payload: null, payload_error: 'Response payload is not JSON serializable. Either return a JSON serializable object or use the queue endpoint to retrieve the response.' },
]

const elevenlabs: readonly ElevenLabsEvent[] = [
  {
    type: 'post_call_transcription',
    event_timestamp: 1739537297,
    data: {
      agent_id: 'xyz',
      conversation_id: 'abc',
      status: 'done',
      transcript: [{ role: 'agent', message: 'Hey there angelo. How are you?', time_in_call_secs: 0 }],
      metadata: { start_time_unix_secs: 1739537297, call_duration_secs: 22, cost: 296 },
      analysis: { call_successful: 'success', transcript_summary: 'The conversation begins with the agent asking how Angelo is.' },
      has_audio: true,
    },
  },
  { type: 'post_call_audio', event_timestamp: 1739537319, data: { agent_id: 'xyz', conversation_id: 'abc', full_audio: 'SUQzBAAAAAAA' } },
  {
    type: 'call_initiation_failure',
    event_timestamp: 1759931652,
    data: { agent_id: 'xyz', conversation_id: 'abc', failure_reason: 'busy', metadata: { type: 'sip', body: { sip_status_code: 486, sip_status: 'Busy here' } } },
  },
  {
    type: 'speech_to_text_transcription',
    event_timestamp: 1739537400,
    data: { request_id: 'some-request-id-123', transcription: { language_code: 'en', language_probability: 0.98, text: 'Hello world!', words: [{ text: 'Hello', start: 0, end: 0.5, type: 'word', speaker_id: 'speaker_1' }] } },
  },
  { type: 'voice_removal_notice', event_timestamp: 1739537500, data: { voice_id: 'v1' } },
  { type: 'voice_removal_notice_withdrawn', event_timestamp: 1739537600, data: { voice_id: 'v1' } },
  { type: 'voice_removed', event_timestamp: 1739537700, data: { voice_id: 'v1' } },
]

const envelope = {
  created_at: '2025-01-15T12:00:00.000000Z',
  object: { id: 'Nw8nEy6bZ4H9tNr3hW2dI01tNL4lfXGfAqgHwGjVk1RU', type: 'asset' },
  attempts: [] as Record<string, unknown>[],
  environment: { id: 'j0863n', name: 'Production' },
  accessor: null,
  accessor_source: null,
  request_id: null,
}
const asset = { id: 'Nw8nEy6bZ4H9tNr3hW2dI01tNL4lfXGfAqgHwGjVk1RU', created_at: '1736942390', playback_ids: [{ id: 'a4nOgmxGWg6gULfcBbAa00gXyfcwPnAFldF8RdsNyk8M', policy: 'public' as const }] }
const upload = { id: 'OA02dAZxfKkRTyGQ9jBXqd0002', timeout: 3600, url: 'https://storage.googleapis.com/video-storage-us-east1-uploads/OA02dAZxfKkRTyGQ9jBXqd0002' }
const uploadEnvelope = { ...envelope, object: { id: upload.id, type: 'upload' } }
const track = { id: 'FmUgG2hpzT5bbnQq2GrhHm5wCkA01eDxNCeSMx02bEFVo', type: 'text', text_type: 'subtitles', language_code: 'en', name: 'English', text_source: 'uploaded' }
const staticRendition = { id: 'Q00Yy4pDGg7GFHrzbQx42xFp01YsZYAOJX', asset_id: asset.id, name: 'highest.mp4', ext: 'mp4', resolution: 'highest', type: 'standard' }
const liveStream = { id: 'ZEBrNTpHC02iUah025KM3te6ylM7W4S4silsrFtUkn3Ag', stream_key: 'abcd1234-ef56-7890-abcd-1234ef567890', latency_mode: 'standard', reconnect_window: 60, max_continuous_duration: 43200, recent_asset_ids: [asset.id], created_at: '1736942000' }
const liveEnvelope = { ...envelope, object: { id: liveStream.id, type: 'live' } }
const eventId = (n: number): string => `${String(n).padStart(8, '0')}-33da-4366-855b-f592d898409d`

// One delivery per event type of Mux's SDK; `data` is the object the event is about, as Mux's API returns it.
const mux: readonly MuxEvent[] = [
  { ...envelope, id: '3a56ac3d-33da-4366-855b-f592d898409d', type: 'video.asset.created', data: { ...asset, status: 'preparing' } },
  { ...envelope, id: '7b2f1d8e-7a43-4f0a-9d55-2c6f1b9e0a11', type: 'video.asset.ready', data: { ...asset, status: 'ready', duration: 23.857167, max_resolution_tier: '1080p', aspect_ratio: '16:9' } },
  { ...envelope, id: 'c81e728d-9d4c-4f63-a8b0-9d2b1e6f0c22', type: 'video.asset.errored', data: { ...asset, status: 'errored', errors: { type: 'invalid_input', messages: ['The input file could not be read.'] } } },
  { ...envelope, id: 'e4da3b7f-bbce-4345-9777-2b0674a318d5', type: 'video.upload.asset_created', object: { id: 'OA02dAZxfKkRTyGQ9jBXqd0002', type: 'upload' }, data: { id: 'OA02dAZxfKkRTyGQ9jBXqd0002', status: 'asset_created', asset_id: asset.id } },
  { ...envelope, id: '1679091c-5a88-4faf-af98-6d1c7a0a2a33', type: 'video.live_stream.active', object: { id: 'ZEBrNTpHC02iUah025KM3te6ylM7W4S4silsrFtUkn3Ag', type: 'live' }, data: { id: 'ZEBrNTpHC02iUah025KM3te6ylM7W4S4silsrFtUkn3Ag', status: 'active' } },
  { ...envelope, id: eventId(1), type: 'video.asset.updated', data: { ...asset, status: 'ready', passthrough: 'order-42', meta: { title: 'Launch teaser' } } },
  { ...envelope, id: eventId(2), type: 'video.asset.deleted', data: { ...asset, status: 'ready' } },
  { ...envelope, id: eventId(3), type: 'video.asset.live_stream_completed', data: { ...asset, status: 'ready', live_stream_id: liveStream.id, is_live: false } },
  { ...envelope, id: eventId(4), type: 'video.asset.warning', data: { ...asset, status: 'ready', errors: { type: 'warning', messages: ['The input has a variable frame rate.'] } } },
  { ...envelope, id: eventId(5), type: 'video.asset.static_renditions.ready', data: { ...asset, status: 'ready' } },
  { ...envelope, id: eventId(6), type: 'video.asset.static_renditions.preparing', data: { ...asset, status: 'ready' } },
  { ...envelope, id: eventId(7), type: 'video.asset.static_renditions.deleted', data: { ...asset, status: 'ready' } },
  { ...envelope, id: eventId(8), type: 'video.asset.static_renditions.errored', data: { ...asset, status: 'ready' } },
  { ...envelope, id: eventId(9), type: 'video.asset.master.ready', data: { ...asset, status: 'ready', master_access: 'temporary' } },
  { ...envelope, id: eventId(10), type: 'video.asset.master.preparing', data: { ...asset, status: 'ready', master_access: 'temporary' } },
  { ...envelope, id: eventId(11), type: 'video.asset.master.deleted', data: { ...asset, status: 'ready', master_access: 'none' } },
  { ...envelope, id: eventId(12), type: 'video.asset.master.errored', data: { ...asset, status: 'ready', master_access: 'temporary' } },
  { ...uploadEnvelope, id: eventId(13), type: 'video.upload.cancelled', data: { ...upload, status: 'cancelled' } },
  { ...uploadEnvelope, id: eventId(14), type: 'video.upload.created', data: { ...upload, status: 'waiting' } },
  { ...uploadEnvelope, id: eventId(15), type: 'video.upload.errored', data: { ...upload, status: 'errored', error: { type: 'invalid_input', message: 'The uploaded file is not a video.' } } },
  { ...envelope, id: eventId(16), type: 'video.asset.track.created', data: { ...track, status: 'preparing' } },
  { ...envelope, id: eventId(17), type: 'video.asset.track.ready', data: { ...track, status: 'ready' } },
  { ...envelope, id: eventId(18), type: 'video.asset.track.errored', data: { ...track, status: 'errored', error: { type: 'invalid_input', messages: ['The subtitles file is not WebVTT or SRT.'] } } },
  { ...envelope, id: eventId(19), type: 'video.asset.track.deleted', data: { ...track, status: 'deleted' } },
  { ...envelope, id: eventId(20), type: 'video.asset.static_rendition.created', data: { ...staticRendition, status: 'preparing' } },
  { ...envelope, id: eventId(21), type: 'video.asset.static_rendition.ready', data: { ...staticRendition, status: 'ready', filesize: '18437310', width: 1920, height: 1080, bitrate: 6183000 } },
  { ...envelope, id: eventId(22), type: 'video.asset.static_rendition.errored', data: { ...staticRendition, status: 'errored' } },
  { ...envelope, id: eventId(23), type: 'video.asset.static_rendition.deleted', data: { ...staticRendition, status: 'deleted' } },
  { ...liveEnvelope, id: eventId(24), type: 'video.live_stream.created', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(25), type: 'video.live_stream.connected', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(26), type: 'video.live_stream.recording', data: { ...liveStream, status: 'active', active_asset_id: asset.id } },
  { ...liveEnvelope, id: eventId(27), type: 'video.live_stream.disconnected', data: { ...liveStream, status: 'active', active_asset_id: asset.id } },
  { ...liveEnvelope, id: eventId(28), type: 'video.live_stream.idle', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(29), type: 'video.live_stream.updated', data: { ...liveStream, status: 'idle', reconnect_window: 30 } },
  { ...liveEnvelope, id: eventId(30), type: 'video.live_stream.enabled', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(31), type: 'video.live_stream.disabled', data: { ...liveStream, status: 'disabled' } },
  { ...liveEnvelope, id: eventId(32), type: 'video.live_stream.deleted', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(33), type: 'video.live_stream.warning', data: { ...liveStream, status: 'active', warning: { type: 'non_standard_input', message: 'Unexpected audio codec.' } } },
  { ...envelope, id: eventId(34), type: 'video.delivery.high_traffic', object: { id: 'NAOsCUbdMD2UjDvb6CyBbAwnHNVf4FXm', type: 'delivery_info' }, data: { id: 'NAOsCUbdMD2UjDvb6CyBbAwnHNVf4FXm', threshold: 100, timeframe: [1736941800, 1736942100], data: [{ asset_id: asset.id, delivered_seconds: 58230.4, asset_state: 'ready', asset_duration: 23.857167 }] } },
]

const job = { id: 'abc123', generation_id: 'gen-xyz789', model: 'google/veo-3.1' }
const openrouter: readonly OpenRouterEvent[] = [
  { type: 'video.generation.completed', created_at: '2026-04-24T12:00:00.000Z', data: { ...job, status: 'completed', unsigned_urls: ['https://openrouter.ai/api/v1/videos/abc123/content?index=0'], usage: { cost: 0.5, is_byok: false } } },
  { type: 'video.generation.failed', created_at: '2026-04-24T12:00:00.000Z', data: { ...job, status: 'failed', generation_id: null, error: 'Content policy violation' } },
  { type: 'video.generation.cancelled', created_at: '2026-04-24T12:00:00.000Z', data: { ...job, status: 'cancelled', error: 'Job was cancelled' } },
  { type: 'video.generation.expired', created_at: '2026-04-24T12:00:00.000Z', data: { ...job, status: 'expired', error: 'Job exceeded maximum time to live' } },
]

const synthesia: readonly SynthesiaEvent[] = [
  {
    type: 'video.completed',
    data: {
      id: '1234-5678',
      title: 'Hello, World!',
      description: 'This is my first synthetic video, made with the Synthesia API!',
      visibility: 'private',
      status: 'complete',
      download: 'https://synthesia-ttv-data.s3.amazonaws.com/video_data/1234-5678/transfers/rendered_video.mp4',
      duration: '0:00:12.500000',
      createdAt: 1736942000,
      lastUpdatedAt: 1736942390,
      callbackId: 'order-42',
    },
  },
  { type: 'video.failed', data: { id: '1234-5679', status: 'error', createdAt: 1736942000, lastUpdatedAt: 1736942390 } },
]

/** Every sample, by provider module name. */
export const samples = { ...cliSamples, standardwebhooks, replicate, fal, elevenlabs, mux, openrouter, synthesia } as const

/** The samples of a provider; a provider without any is an error that says where they go. */
export function samplesOf(provider: string): readonly Record<string, unknown>[] {
  const list = Object.hasOwn(samples, provider) ? (samples as Record<string, readonly object[]>)[provider] : undefined
  if (!list?.length) throw new Error(`provider ${provider} has no samples in test/reference/samples.ts: add one documented body per event it knows`)
  return list as readonly Record<string, unknown>[]
}
