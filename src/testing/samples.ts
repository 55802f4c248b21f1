/**
 * One realistic body for every event of every provider, from the shapes and
 * examples in the providers' docs. Typed against hookproof's event types, so
 * a type that disagrees with the docs fails to compile.
 */
import type { AdsumoEvent } from '../providers/adsumo.js'
import type { ApiVideoEvent } from '../providers/apivideo.js'
import type { AssemblyAIEvent } from '../providers/assemblyai.js'
import type { BasetenEvent } from '../providers/baseten.js'
import type { BFLEvent } from '../providers/bfl.js'
import type { BunnyEvent } from '../providers/bunny.js'
import type { CartesiaEvent } from '../providers/cartesia.js'
import type { CloudflareStreamEvent } from '../providers/cloudflarestream.js'
import type { CloudinaryEvent } from '../providers/cloudinary.js'
import type { DeepgramEvent } from '../providers/deepgram.js'
import type { ElevenLabsEvent } from '../providers/elevenlabs.js'
import type { EversinceEvent, EversinceEventName, EversinceProject } from '../providers/eversince.js'
import type { FalEvent } from '../providers/fal.js'
import type { GeminiEvent } from '../providers/gemini.js'
import type { HumeEvent } from '../providers/hume.js'
import type { IdeogramEvent } from '../providers/ideogram.js'
import type { ImageKitEvent, ImageKitFile } from '../providers/imagekit.js'
import type { KieCallback } from '../providers/kie.js'
import type { LiveKitEvent } from '../providers/livekit.js'
import type { LivepeerAsset, LivepeerEvent, LivepeerRecordedSession, LivepeerStream, LivepeerTaskInfo } from '../providers/livepeer.js'
import type { LumenfallEvent } from '../providers/lumenfall.js'
import type { MagicHourAudioProject, MagicHourEvent, MagicHourImageProject, MagicHourVideoProject } from '../providers/magichour.js'
import type { MuxEvent } from '../providers/mux.js'
import type { OpenRouterEvent } from '../providers/openrouter.js'
import type { PolloEvent } from '../providers/pollo.js'
import type { PubSubPush } from '../providers/pubsub.js'
import type { RemotionEvent } from '../providers/remotion.js'
import type { RemoveBGVideoEvent } from '../providers/removebgvideo.js'
import type { ReplicateEvent } from '../providers/replicate.js'
import type { RetellEvent, RetellPhoneCall } from '../providers/retell.js'
import type { SnsMessage } from '../providers/sns.js'
import type { TwilioRequest } from '../providers/twilio.js'
import type { StandardWebhooksEvent } from '../providers/standardwebhooks.js'
import type { SyncSoEvent } from '../providers/syncso.js'
import type { SynthesiaEvent } from '../providers/synthesia.js'
import type { TwelveLabsEvent } from '../providers/twelvelabs.js'
import type { UploadcareEvent, UploadcareFile } from '../providers/uploadcare.js'
import type { VapiEvent } from '../providers/vapi.js'
import type { VideoPilotEvent } from '../providers/videopilot.js'
import type { WaveSpeedEvent } from '../providers/wavespeed.js'
import type { ProviderId as ProviderName } from '../registry.js'
import { byEvent, type SampleSet, type SamplesByEvent, sampleSet } from './sample-set.js'

/** Eversince's documented example, as a project. */
export const eversinceProject: EversinceProject = {
  id: 'proj_abc123',
  status: 'idle',
  mode: 'autonomous',
  output_type: 'assembled',
  assembled_url: 'https://cdn.eversince.ai/renders/proj_abc123.mp4',
  assembled_url_expires_at: '2025-03-16T10:30:00Z',
  project_url: 'https://eversince.ai/app/projects/proj_abc123',
  agent_message: 'Your project is complete...',
  assets: [
    {
      ref: 'a1b2c3d4',
      type: 'image-to-video',
      url: 'https://cdn.eversince.ai/assets/a1b2c3d4.mp4',
      model: 'wan-2.6',
      prompt: 'Opening shot of the product on a clean background',
      duration: 5.0,
      aspect_ratio: '16:9',
      source_image_url: 'https://cdn.eversince.ai/assets/a1b2c3d4.png',
      source_video_url: null,
      reference_image_url: null,
      created_at: '2025-03-15T10:32:00Z',
    },
  ],
  timeline: {
    duration_seconds: 15.0,
    aspect_ratio: '16:9',
    craft: 'cinematic',
    scenes: [
      {
        id: 'scene_uuid',
        ref: 'a1b2c3d4',
        position: 1,
        duration: 5,
        description: 'Opening shot',
        image_url: 'https://cdn.eversince.ai/assets/a1b2c3d4.png',
        video_url: 'https://cdn.eversince.ai/assets/a1b2c3d4.mp4',
        video_model: 'wan-2.6',
        image_model: 'flux-2-max',
        prompt: 'Opening shot of the product on a clean background',
        volume: 1.0,
        fade_in: null,
        fade_out: null,
      },
    ],
    audio: { voiceover: null, music: null, tracks: [] },
    overlays: [],
    captions: null,
  },
  created_at: '2025-03-15T10:30:00Z',
  updated_at: '2025-03-15T10:35:00Z',
}

const eversinceNames: readonly EversinceEventName[] = ['running', 'generating', 'rendering', 'idle', 'failed']

export const eversince: readonly EversinceEvent[] = eversinceNames.map((event): EversinceEvent => {
  if (event === 'failed') {
    return {
      ...eversinceProject,
      event,
      status: 'failed',
      output_type: 'pending',
      assembled_url: null,
      assembled_url_expires_at: null,
      error_message: 'Video model timed out on scene 2',
    }
  }
  return { ...eversinceProject, event, status: event }
})

const videoProject: MagicHourVideoProject = {
  id: 'cuid-example',
  name: 'Example Name',
  status: 'complete',
  type: 'FACE_SWAP',
  created_at: '2024-10-19T04:16:19.027Z',
  width: 512,
  height: 960,
  enabled: true,
  start_seconds: 0,
  end_seconds: 15,
  credits_charged: 450,
  fps: 30,
  error: null,
  downloads: [{ url: 'https://videos.magichour.ai/id/output.mp4', expires_at: '2024-10-19T05:16:19.027Z' }],
}

const imageProject: MagicHourImageProject = {
  id: 'cuid-image',
  name: null,
  status: 'complete',
  image_count: 1,
  type: 'AI_IMAGE',
  created_at: '2024-10-19T04:16:19.027Z',
  enabled: true,
  credits_charged: 5,
  downloads: [{ url: 'https://videos.magichour.ai/id/output.png', expires_at: '2024-10-19T05:16:19.027Z' }],
  error: null,
}

const audioProject: MagicHourAudioProject = {
  id: 'cuid-audio',
  name: 'Narration',
  status: 'complete',
  type: 'VOICE_GENERATOR',
  created_at: '2024-10-19T04:16:19.027Z',
  enabled: true,
  credits_charged: 2,
  downloads: [{ url: 'https://videos.magichour.ai/id/output.wav', expires_at: '2024-10-19T05:16:19.027Z' }],
  error: null,
}

export const magichour: readonly MagicHourEvent[] = [
  { type: 'video.started', payload: { ...videoProject, status: 'rendering', downloads: [] } },
  { type: 'video.completed', payload: videoProject },
  {
    type: 'video.errored',
    payload: {
      ...videoProject,
      status: 'error',
      downloads: [],
      credits_charged: 0,
      error: { code: 'processing_timeout', message: 'Processing took too long and was terminated' },
    },
  },
  { type: 'image.started', payload: { ...imageProject, status: 'rendering', downloads: [] } },
  { type: 'image.completed', payload: imageProject },
  {
    type: 'image.errored',
    payload: {
      ...imageProject,
      status: 'error',
      downloads: [],
      error: { code: 'no_source_face', message: 'Please use an image with a detectable face' },
    },
  },
  { type: 'audio.started', payload: { ...audioProject, status: 'rendering', downloads: [] } },
  { type: 'audio.completed', payload: audioProject },
  {
    type: 'audio.errored',
    payload: {
      ...audioProject,
      status: 'error',
      downloads: [],
      error: { code: 'invalid_voice', message: 'Requested voice not available' },
    },
  },
]

/** VideoPilot's six documented examples. */
export const videopilot: readonly VideoPilotEvent[] = [
  {
    event: 'video.script_ready',
    data: {
      video_id: 'video_123abc',
      title: 'Space Discovery',
      script: 'In a galaxy far, far away, a brave astronaut begins their journey through the cosmos...',
      status: 'script_ready',
      scene_count: 8,
    },
    timestamp: '2024-01-15T10:30:00.000Z',
  },
  {
    event: 'video.media_ready',
    data: {
      video_id: 'video_123abc',
      title: 'Space Discovery',
      status: 'media_ready',
      scene_count: 8,
      total_duration: 87.5,
      scenes_with_images: 8,
      scenes_with_audio: 8,
    },
    timestamp: '2024-01-15T10:35:00.000Z',
  },
  {
    event: 'video.generation_failed',
    data: {
      video_id: 'video_123abc',
      title: 'Space Discovery',
      status: 'failed',
      error: 'Image generation failed for scene 3',
      failed_step: 'image_generation',
    },
    timestamp: '2024-01-15T10:25:00.000Z',
  },
  {
    event: 'render.started',
    data: { render_job_id: 'render_789xyz', video_id: 'video_123abc', status: 'processing', quality: 'high', estimated_duration: 180 },
    timestamp: '2024-01-15T10:40:00.000Z',
  },
  {
    event: 'render.completed',
    data: {
      render_job_id: 'render_789xyz',
      video_id: 'video_123abc',
      status: 'completed',
      output_url: 'https://cdn.videopilot.app/videos/video_123abc_high.mp4',
      duration: 87.5,
      file_size: 25690112,
      quality: 'high',
    },
    timestamp: '2024-01-15T10:43:30.000Z',
  },
  {
    event: 'render.failed',
    data: {
      render_job_id: 'render_789xyz',
      video_id: 'video_123abc',
      status: 'failed',
      error: 'Rendering timeout after 300 seconds',
      quality: 'high',
    },
    timestamp: '2024-01-15T10:45:00.000Z',
  },
]

/** Adsumo's two documented examples. */
export const adsumo: readonly AdsumoEvent[] = [
  {
    event: 'generation.completed',
    generation_id: '550e8400-e29b-41d4-a716-446655440000',
    type: 'ai-video',
    status: 'completed',
    result_url: 'https://cdn.adsumo.ai/generations/550e8400.mp4',
    created_at: '2026-01-15T12:00:00Z',
    completed_at: '2026-01-15T12:02:30Z',
  },
  {
    event: 'generation.failed',
    generation_id: '550e8400-e29b-41d4-a716-446655440000',
    type: 'ai-video',
    status: 'failed',
    error_message: 'Video generation failed due to content policy violation',
    created_at: '2026-01-15T12:00:00Z',
    completed_at: '2026-01-15T12:02:30Z',
  },
]

/** The job object of `GET /v1/jobs/{id}`; the webhook body is undocumented. */
export const removebgvideo: readonly RemoveBGVideoEvent[] = [
  {
    event: 'job.started',
    id: 'job_8f3a2c',
    status: 'processing',
    progress: 0,
    output_url: null,
    error: null,
    created_at: '2026-02-01T09:00:00Z',
    duration_seconds: 12.4,
    billing_status: null,
  },
  {
    event: 'job.completed',
    id: 'job_8f3a2c',
    status: 'completed',
    progress: 100,
    output_url: 'https://cdn.removebgvideo.com/out/job_8f3a2c.webm',
    error: null,
    created_at: '2026-02-01T09:00:00Z',
    duration_seconds: 12.4,
    billing_status: 'charged',
  },
  {
    event: 'job.failed',
    id: 'job_8f3a2c',
    status: 'failed',
    progress: 35,
    output_url: null,
    error: 'Unsupported codec',
    created_at: '2026-02-01T09:00:00Z',
    duration_seconds: null,
    billing_status: 'refunded',
  },
]

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

export const replicate: readonly ReplicateEvent[] = [
  { ...prediction, status: 'starting', output: null, logs: '', started_at: null, completed_at: null },
  { ...prediction, status: 'processing', output: null, logs: 'Using seed: 1234\n', started_at: '2025-01-15T11:59:59.001Z' },
  {
    ...prediction,
    status: 'succeeded',
    output: ['https://replicate.delivery/xezq/out-0.webp'],
    logs: 'Using seed: 1234\n',
    started_at: '2025-01-15T11:59:59.001Z',
    completed_at: '2025-01-15T12:00:00.412Z',
    metrics: { predict_time: 1.41, total_time: 2.31 },
  },
  {
    ...prediction,
    status: 'failed',
    output: null,
    error: 'CUDA out of memory',
    started_at: '2025-01-15T11:59:59.001Z',
    completed_at: '2025-01-15T12:00:00.412Z',
  },
  { ...prediction, status: 'canceled', output: null, started_at: '2025-01-15T11:59:59.001Z', completed_at: '2025-01-15T12:00:00.412Z' },
  // A prediction that ended before it started (queue time out, deadline passed): no started_at.
  { ...prediction, status: 'aborted', output: null, started_at: null, completed_at: '2025-01-15T12:00:00.412Z' },
]

export const standardwebhooks: readonly StandardWebhooksEvent[] = [
  { type: 'contact.created', timestamp: '2022-11-03T20:26:10.344522Z', data: { id: '1f81eb52-5198-4599-803e-771906343485' } },
  { type: 'response.completed', timestamp: '2025-01-15T12:00:00Z', data: { id: 'resp_abc123' } },
]

// fal's documented examples, each its own request.
export const fal: readonly FalEvent[] = [
  {
    request_id: '123e4567-e89b-12d3-a456-426614174000',
    gateway_request_id: '123e4567-e89b-12d3-a456-426614174000',
    status: 'OK',
    payload: {
      images: [
        {
          url: 'https://url.to/image.png',
          content_type: 'image/png',
          file_name: 'image.png',
          file_size: 1824075,
          width: 1024,
          height: 1024,
        },
      ],
      seed: 19661918,
    },
  },
  {
    request_id: '123e4567-e89b-12d3-a456-426614174001',
    gateway_request_id: '123e4567-e89b-12d3-a456-426614174001',
    status: 'ERROR',
    error: 'Invalid status code: 422',
    payload: { detail: [{ loc: ['body', 'prompt'], msg: 'field required', type: 'value_error.missing' }] },
  },
  {
    request_id: '123e4567-e89b-12d3-a456-426614174002',
    gateway_request_id: '123e4567-e89b-12d3-a456-426614174002',
    status: 'OK',
    payload: null,
    payload_error:
      'Response payload is not JSON serializable. Either return a JSON serializable object or use the queue endpoint to retrieve the response.',
  },
]

export const elevenlabs: readonly ElevenLabsEvent[] = [
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
    data: {
      agent_id: 'xyz',
      conversation_id: 'abc',
      failure_reason: 'busy',
      metadata: { type: 'sip', body: { sip_status_code: 486, sip_status: 'Busy here' } },
    },
  },
  {
    type: 'speech_to_text_transcription',
    event_timestamp: 1739537400,
    data: {
      request_id: 'some-request-id-123',
      transcription: {
        language_code: 'en',
        language_probability: 0.98,
        text: 'Hello world!',
        words: [{ text: 'Hello', start: 0, end: 0.5, type: 'word', speaker_id: 'speaker_1' }],
      },
    },
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
const asset = {
  id: 'Nw8nEy6bZ4H9tNr3hW2dI01tNL4lfXGfAqgHwGjVk1RU',
  created_at: '1736942390',
  playback_ids: [{ id: 'a4nOgmxGWg6gULfcBbAa00gXyfcwPnAFldF8RdsNyk8M', policy: 'public' as const }],
}
const upload = {
  id: 'OA02dAZxfKkRTyGQ9jBXqd0002',
  timeout: 3600,
  url: 'https://storage.googleapis.com/video-storage-us-east1-uploads/OA02dAZxfKkRTyGQ9jBXqd0002',
}
const uploadEnvelope = { ...envelope, object: { id: upload.id, type: 'upload' } }
const track = {
  id: 'FmUgG2hpzT5bbnQq2GrhHm5wCkA01eDxNCeSMx02bEFVo',
  type: 'text',
  text_type: 'subtitles',
  language_code: 'en',
  name: 'English',
  text_source: 'uploaded',
}
const staticRendition = {
  id: 'Q00Yy4pDGg7GFHrzbQx42xFp01YsZYAOJX',
  asset_id: asset.id,
  name: 'highest.mp4',
  ext: 'mp4',
  resolution: 'highest',
  type: 'standard',
}
const liveStream = {
  id: 'ZEBrNTpHC02iUah025KM3te6ylM7W4S4silsrFtUkn3Ag',
  stream_key: 'abcd1234-ef56-7890-abcd-1234ef567890',
  latency_mode: 'standard',
  reconnect_window: 60,
  max_continuous_duration: 43200,
  recent_asset_ids: [asset.id],
  created_at: '1736942000',
}
const liveEnvelope = { ...envelope, object: { id: liveStream.id, type: 'live' } }
const eventId = (n: number): string => `${String(n).padStart(8, '0')}-33da-4366-855b-f592d898409d`

// One delivery per event type of Mux's SDK; `data` is the object the event is about, as Mux's API returns it.
export const mux: readonly MuxEvent[] = [
  { ...envelope, id: '3a56ac3d-33da-4366-855b-f592d898409d', type: 'video.asset.created', data: { ...asset, status: 'preparing' } },
  {
    ...envelope,
    id: '7b2f1d8e-7a43-4f0a-9d55-2c6f1b9e0a11',
    type: 'video.asset.ready',
    data: { ...asset, status: 'ready', duration: 23.857167, max_resolution_tier: '1080p', aspect_ratio: '16:9' },
  },
  {
    ...envelope,
    id: 'c81e728d-9d4c-4f63-a8b0-9d2b1e6f0c22',
    type: 'video.asset.errored',
    data: { ...asset, status: 'errored', errors: { type: 'invalid_input', messages: ['The input file could not be read.'] } },
  },
  {
    ...envelope,
    id: 'e4da3b7f-bbce-4345-9777-2b0674a318d5',
    type: 'video.upload.asset_created',
    object: { id: 'OA02dAZxfKkRTyGQ9jBXqd0002', type: 'upload' },
    data: { id: 'OA02dAZxfKkRTyGQ9jBXqd0002', status: 'asset_created', asset_id: asset.id },
  },
  {
    ...envelope,
    id: '1679091c-5a88-4faf-af98-6d1c7a0a2a33',
    type: 'video.live_stream.active',
    object: { id: 'ZEBrNTpHC02iUah025KM3te6ylM7W4S4silsrFtUkn3Ag', type: 'live' },
    data: { id: 'ZEBrNTpHC02iUah025KM3te6ylM7W4S4silsrFtUkn3Ag', status: 'active' },
  },
  {
    ...envelope,
    id: eventId(1),
    type: 'video.asset.updated',
    data: { ...asset, status: 'ready', passthrough: 'order-42', meta: { title: 'Launch teaser' } },
  },
  { ...envelope, id: eventId(2), type: 'video.asset.deleted', data: { ...asset, status: 'ready' } },
  {
    ...envelope,
    id: eventId(3),
    type: 'video.asset.live_stream_completed',
    data: { ...asset, status: 'ready', live_stream_id: liveStream.id, is_live: false },
  },
  {
    ...envelope,
    id: eventId(4),
    type: 'video.asset.warning',
    data: { ...asset, status: 'ready', errors: { type: 'warning', messages: ['The input has a variable frame rate.'] } },
  },
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
  {
    ...uploadEnvelope,
    id: eventId(15),
    type: 'video.upload.errored',
    data: { ...upload, status: 'errored', error: { type: 'invalid_input', message: 'The uploaded file is not a video.' } },
  },
  { ...envelope, id: eventId(16), type: 'video.asset.track.created', data: { ...track, status: 'preparing' } },
  { ...envelope, id: eventId(17), type: 'video.asset.track.ready', data: { ...track, status: 'ready' } },
  {
    ...envelope,
    id: eventId(18),
    type: 'video.asset.track.errored',
    data: { ...track, status: 'errored', error: { type: 'invalid_input', messages: ['The subtitles file is not WebVTT or SRT.'] } },
  },
  { ...envelope, id: eventId(19), type: 'video.asset.track.deleted', data: { ...track, status: 'deleted' } },
  { ...envelope, id: eventId(20), type: 'video.asset.static_rendition.created', data: { ...staticRendition, status: 'preparing' } },
  {
    ...envelope,
    id: eventId(21),
    type: 'video.asset.static_rendition.ready',
    data: { ...staticRendition, status: 'ready', filesize: '18437310', width: 1920, height: 1080, bitrate: 6183000 },
  },
  { ...envelope, id: eventId(22), type: 'video.asset.static_rendition.errored', data: { ...staticRendition, status: 'errored' } },
  { ...envelope, id: eventId(23), type: 'video.asset.static_rendition.deleted', data: { ...staticRendition, status: 'deleted' } },
  { ...liveEnvelope, id: eventId(24), type: 'video.live_stream.created', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(25), type: 'video.live_stream.connected', data: { ...liveStream, status: 'idle' } },
  {
    ...liveEnvelope,
    id: eventId(26),
    type: 'video.live_stream.recording',
    data: { ...liveStream, status: 'active', active_asset_id: asset.id },
  },
  {
    ...liveEnvelope,
    id: eventId(27),
    type: 'video.live_stream.disconnected',
    data: { ...liveStream, status: 'active', active_asset_id: asset.id },
  },
  { ...liveEnvelope, id: eventId(28), type: 'video.live_stream.idle', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(29), type: 'video.live_stream.updated', data: { ...liveStream, status: 'idle', reconnect_window: 30 } },
  { ...liveEnvelope, id: eventId(30), type: 'video.live_stream.enabled', data: { ...liveStream, status: 'idle' } },
  { ...liveEnvelope, id: eventId(31), type: 'video.live_stream.disabled', data: { ...liveStream, status: 'disabled' } },
  { ...liveEnvelope, id: eventId(32), type: 'video.live_stream.deleted', data: { ...liveStream, status: 'idle' } },
  {
    ...liveEnvelope,
    id: eventId(33),
    type: 'video.live_stream.warning',
    data: { ...liveStream, status: 'active', warning: { type: 'non_standard_input', message: 'Unexpected audio codec.' } },
  },
  {
    ...envelope,
    id: eventId(34),
    type: 'video.delivery.high_traffic',
    object: { id: 'NAOsCUbdMD2UjDvb6CyBbAwnHNVf4FXm', type: 'delivery_info' },
    data: {
      id: 'NAOsCUbdMD2UjDvb6CyBbAwnHNVf4FXm',
      threshold: 100,
      timeframe: [1736941800, 1736942100],
      data: [{ asset_id: asset.id, delivered_seconds: 58230.4, asset_state: 'ready', asset_duration: 23.857167 }],
    },
  },
]

const job = { id: 'abc123', generation_id: 'gen-xyz789', model: 'google/veo-3.1' }
export const openrouter: readonly OpenRouterEvent[] = [
  {
    type: 'video.generation.completed',
    created_at: '2026-04-24T12:00:00.000Z',
    data: {
      ...job,
      status: 'completed',
      unsigned_urls: ['https://openrouter.ai/api/v1/videos/abc123/content?index=0'],
      usage: { cost: 0.5, is_byok: false },
    },
  },
  {
    type: 'video.generation.failed',
    created_at: '2026-04-24T12:00:00.000Z',
    data: { ...job, status: 'failed', generation_id: null, error: 'Content policy violation' },
  },
  {
    type: 'video.generation.cancelled',
    created_at: '2026-04-24T12:00:00.000Z',
    data: { ...job, status: 'cancelled', error: 'Job was cancelled' },
  },
  {
    type: 'video.generation.expired',
    created_at: '2026-04-24T12:00:00.000Z',
    data: { ...job, status: 'expired', error: 'Job exceeded maximum time to live' },
  },
]

export const synthesia: readonly SynthesiaEvent[] = [
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

// The two bodies of the schema in Sync.so's webhook docs; the error code is illustrative.
const syncGeneration = {
  id: '6533643b-acbb-4c6f-a7f4-1b4fd3c1f1a0',
  createdAt: '2026-05-15T09:12:03.000Z',
  model: 'lipsync-2',
  webhookUrl: 'https://app.example.com/hooks/sync',
} as const

export const syncso: readonly SyncSoEvent[] = [
  {
    ...syncGeneration,
    status: 'COMPLETED',
    input: [
      { type: 'video', url: 'https://example.com/in.mp4' },
      { type: 'audio', url: 'https://example.com/in.wav' },
    ],
    options: {},
    outputUrl: 'https://storage.example/outputs/6533643b.mp4',
    outputDuration: 12.4,
  },
  {
    ...syncGeneration,
    status: 'FAILED',
    input: [{ type: 'video', url: 'https://example.com/in.mp4' }],
    error: 'Unable to detect a face in the input video',
    error_code: 'generation_face_not_detected',
  },
]

// The docs' index.task.ready example, and the
// others after it. The failed tasks' `status` value is not quoted in the docs.
const indexTask = {
  id: '6298d673f1090f1100476d4c',
  metadata: { duration: 30 },
  models: [{ name: 'marengo2.7', options: ['visual', 'audio'] }],
  tags: [],
}

export const twelvelabs: readonly TwelveLabsEvent[] = [
  {
    id: 'whe_6298d673f1090f1100476d4d',
    created_at: '2022-08-01T17:22:18.372553+09:00',
    type: 'index.task.ready',
    data: { ...indexTask, status: 'ready' },
  },
  {
    id: 'whe_6298d673f1090f1100476d4e',
    created_at: '2022-08-01T17:22:18.372553+09:00',
    type: 'index.task.failed',
    data: { ...indexTask, id: '6298d673f1090f1100476d4f', status: 'failed' },
  },
  {
    id: 'whe_64f8d2c7e4a1b37f8a9c5d13',
    created_at: '2024-09-26T10:30:45.123Z',
    type: 'analyze.task.ready',
    data: { id: '64f8d2c7e4a1b37f8a9c5d12', custom_id: 'client-ref-42', status: 'ready', created_at: '2024-09-26T10:29:19.968Z' },
  },
  {
    id: 'whe_64f8d2c7e4a1b37f8a9c5d15',
    created_at: '2024-09-26T10:31:02.417Z',
    type: 'analyze.task.failed',
    data: { id: '64f8d2c7e4a1b37f8a9c5d14', custom_id: 'client-ref-43', status: 'failed', created_at: '2024-09-26T10:29:20.112Z' },
  },
]

// Cloudflare's success example as published (using-webhooks.mdx), and its error
// example merged into a whole object.
const streamCustomer = 'https://customer-f33zs165nr7gyfy4.cloudflarestream.com/6b9e68b07dfee8cc2d116e4c51d6a957'

export const cloudflarestream: readonly CloudflareStreamEvent[] = [
  {
    uid: '6b9e68b07dfee8cc2d116e4c51d6a957',
    creator: null,
    thumbnail: `${streamCustomer}/thumbnails/thumbnail.jpg`,
    thumbnailTimestampPct: 0,
    readyToStream: true,
    status: { state: 'ready', pctComplete: '39.000000', errorReasonCode: '', errorReasonText: '' },
    meta: { filename: 'small.mp4', filetype: 'video/mp4', name: 'small.mp4', relativePath: 'null', type: 'video/mp4' },
    created: '2022-06-30T17:53:12.512033Z',
    modified: '2022-06-30T17:53:21.774299Z',
    size: 383631,
    preview: `${streamCustomer}/watch`,
    allowedOrigins: [],
    requireSignedURLs: false,
    uploaded: '2022-06-30T17:53:12.511981Z',
    uploadExpiry: '2022-07-01T17:53:12.511973Z',
    maxSizeBytes: null,
    maxDurationSeconds: null,
    duration: 5.5,
    input: { width: 560, height: 320 },
    playback: { hls: `${streamCustomer}/manifest/video.m3u8`, dash: `${streamCustomer}/manifest/video.mpd` },
    watermark: null,
  },
  {
    uid: '6b9e68b07dfee8cc2d116e4c51d6a957',
    creator: null,
    readyToStream: false,
    status: {
      state: 'error',
      step: 'encoding',
      pctComplete: '39',
      errReasonCode: 'ERR_MALFORMED_VIDEO',
      errReasonText: 'The video was deemed to be corrupted or malformed.',
    },
    meta: { name: 'small.mp4' },
    created: '2022-06-30T17:53:12.512033Z',
    modified: '2022-06-30T17:53:21.774299Z',
  },
]

// Adapted from Retell's docs and SDK field lists:
// one phone call through its events, a web call for call_analyzed, and an SMS chat.
const retellCall = {
  call_type: 'phone_call',
  call_id: 'Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6',
  agent_id: 'oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD',
  agent_version: 1,
  direction: 'inbound',
  from_number: '+12137771234',
  to_number: '+12137771235',
  start_timestamp: 1714608475945,
  metadata: {},
} as const satisfies Omit<RetellPhoneCall, 'call_status'>
// The entries' shape is not documented: illustrative.
const retellTranscript = [
  { role: 'agent', content: 'hi how are you doing?' },
  { role: 'user', content: 'Doing pretty well. How are you?' },
]
const retellEnded = {
  ...retellCall,
  call_status: 'ended',
  end_timestamp: 1714608491736,
  duration_ms: 15791,
  disconnection_reason: 'user_hangup',
  transcript: 'Agent: hi how are you doing?\nUser: Doing pretty well. How are you?\n',
  recording_url: 'https://retellai.s3.us-west-2.amazonaws.com/Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6/recording.wav',
} as const
const retellChat = {
  chat_id: 'chat_abc123',
  agent_id: 'agent_sms_xxxx',
  chat_type: 'sms_chat',
  start_timestamp: 1783000000000,
} as const

export const retell: readonly RetellEvent[] = [
  { event: 'call_started', call: { ...retellCall, call_status: 'ongoing' } },
  { event: 'call_ended', call: retellEnded },
  {
    event: 'call_analyzed',
    call: {
      call_type: 'web_call',
      call_id: 'Jabr9TXYYJHfvl6Syypi88rdAHYHmcq7',
      agent_id: 'oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD',
      agent_version: 1,
      call_status: 'ended',
      call_analysis: {
        call_summary: 'The agent greeted the user.',
        user_sentiment: 'Positive',
        call_successful: true,
        in_voicemail: false,
      },
    },
  },
  { event: 'transcript_updated', call: { ...retellCall, call_status: 'ongoing', transcript_with_tool_calls: retellTranscript } },
  {
    event: 'transfer_started',
    call: { ...retellCall, direction: 'outbound', call_status: 'ongoing', transfer_destination: '+14155550100' },
  },
  {
    event: 'transfer_bridged',
    call: { ...retellCall, direction: 'outbound', call_status: 'ongoing', transfer_destination: '+14155550100' },
  },
  {
    event: 'transfer_cancelled',
    call: { ...retellCall, direction: 'outbound', call_status: 'ongoing', transfer_destination: '+14155550100' },
  },
  { event: 'transfer_ended', call: { ...retellEnded, direction: 'outbound' } },
  { event: 'chat_started', chat: { ...retellChat, chat_status: 'ongoing' } },
  {
    event: 'chat_ended',
    chat: { ...retellChat, chat_status: 'ended', end_timestamp: 1783000180000, transcript: 'User: My sink is leaking\nAgent: ...' },
  },
  {
    event: 'chat_analyzed',
    chat: {
      ...retellChat,
      chat_status: 'ended',
      end_timestamp: 1783000180000,
      transcript: 'User: My sink is leaking\nAgent: ...',
      // The analysis' fields are not documented: illustrative.
      chat_analysis: { chat_summary: 'The user reported a leaking sink.' },
    },
  },
]

/** Hume's three events, from the reference pages' field tables and the SDK types (the docs' sample payloads were not available). */
const humeChat = {
  chat_group_id: '9fc18597-3567-42d5-94d6-935bde84bf2f',
  chat_id: '470a49f6-1dec-4afe-8b61-035d3b2d63b0',
  config_id: '1b60e1a0-cc59-424a-8d2c-189d354db3f3',
  caller_number: null,
  custom_session_id: null,
} as const
export const hume: readonly HumeEvent[] = [
  { event_name: 'chat_started', ...humeChat, start_time: 1716244940648, chat_start_type: 'new_chat_group' },
  { event_name: 'chat_ended', ...humeChat, end_time: 1716244958546, duration_seconds: 180, end_reason: 'USER_ENDED' },
  {
    event_name: 'tool_call',
    ...humeChat,
    timestamp: 1716244950000,
    tool_call_message: {
      type: 'tool_call',
      name: 'get_current_weather',
      parameters: '{"location":"New York","format":"fahrenheit"}',
      tool_call_id: 'call_m7PTzGxrD0i9oCHiquKIaibo',
      tool_type: 'function',
      response_required: true,
    },
  },
]

/** Baseten's documented async result (success, and the failure envelope) and Frontier Gateway billing example. */
const basetenRequest = {
  type: 'async_request_completed',
  request_id: '9876543210abcdef1234567890fedcba',
  model_id: 'abc123',
  deployment_id: 'def456',
  time: '2024-04-30T01:01:08.883423Z',
} as const
export const baseten: readonly BasetenEvent[] = [
  { ...basetenRequest, data: { output: 'model response here' }, errors: [] },
  // Baseten sends the same type when the request failed: `data` is null and `errors` says why.
  {
    ...basetenRequest,
    request_id: '0123456789abcdef0123456789abcdef',
    data: null,
    errors: [{ code: 'MODEL_PREDICT_ERROR', message: 'Details here' }],
  },
  {
    type: 'API_BILLING_USAGE',
    data: {
      events: [
        {
          idempotencyKey: '01J9X7Y0Z3K4M5N6P7Q8R9S0T1',
          timestamp: '2025-07-07T23:40:35.905Z',
          requestId: '5e4a8c1a-2b3c-4d5e-9f0a-1b2c3d4e5f6a',
          requestMetadata: {},
          modelSlug: 'your-org/your-model',
          externalEntityId: 'cust_42',
          apiKeyPrefix: 'sky_sCqhBwEy4kPd',
          tokens: { inputTokens: 100, outputTokens: 200, cachedInputTokens: 300 },
        },
      ],
    },
  },
]

/** Lumenfall's documented `video.completed` example; the failed and cancelled bodies are not documented, so these follow its shape. */
const lumenfallJob = { object: 'video.generation', id: 'req_abc123', model: 'veo-3.1-fast' } as const
export const lumenfall: readonly LumenfallEvent[] = [
  { type: 'video.completed', data: { ...lumenfallJob, status: 'completed', output: { url: 'https://media.lumenfall.ai/abc123.mp4' } } },
  // `error`'s fields in a webhook are not documented: an example shape only.
  {
    type: 'video.failed',
    data: { ...lumenfallJob, status: 'failed', error: { code: 'upstream_failure', message: 'Provider rejected the prompt' } },
  },
  { type: 'video.cancelled', data: { ...lumenfallJob, status: 'cancelled' } },
]

/** BFL's two documented examples (webhook-integration.md), verbatim. */
export const bfl: readonly BFLEvent[] = [
  {
    id: 'gen_abc123xyz',
    status: 'Ready',
    result: {
      sample: 'https://bfldeliveryprod.blob.core.windows.net/results/...',
      prompt: '...',
      seed: 1234567890,
    },
    timestamp: '2025-01-15T10:30:00Z',
  },
  {
    id: 'gen_abc123xyz',
    status: 'Error',
    error: 'content_policy_violation',
    message: 'The prompt violated content policy',
    timestamp: '2025-01-15T10:30:00Z',
  },
]

/**
 * Bunny Stream's documented callback, one for each documented `Status`
 * (0 Queued … 10 TitleOrDescriptionGenerated): every status carries the same
 * three fields. `Status: 3` is the docs' example, verbatim.
 */
export const bunny: readonly BunnyEvent[] = ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const).map(
  (Status): BunnyEvent => ({ VideoLibraryId: 133, VideoGuid: '657bb740-a71b-4529-a012-528021c31a92', Status }),
)

/**
 * Uploadcare's payload version 0.7 envelope: the `file.uploaded` example of
 * Uploadcare's staff (community thread 2119, its elided parts filled in), and
 * the same file for the other events; `file.info_updated` with the docs'
 * ClamAV result.
 */
const uploadcareHook = {
  id: 1283756,
  project_id: 42797,
  project_pub_key: 'demopublickey',
  target: 'https://webhook.site/0f2d4e8c-6b1a-4c1e-9a55-3c7d2f1e8b90',
  is_active: true,
  version: '0.7',
  created_at: '2022-09-27T15:26:04.789882Z',
  updated_at: '2022-09-27T15:26:04.789882Z',
} as const
const uploadcareFile: UploadcareFile = {
  uuid: 'f5c4ee6e-f41a-4ff2-a86e-a3e92bcc334d',
  is_image: true,
  is_ready: true,
  metadata: {},
  appdata: {},
  mime_type: 'image/heic',
  original_filename: 'IMG_3037.heic',
  original_file_url: 'https://ucarecdn.com/f5c4ee6e-f41a-4ff2-a86e-a3e92bcc334d/IMG_3037.heic',
  datetime_removed: null,
  size: 1603303,
  datetime_stored: null,
  url: 'https://api.uploadcare.com/files/f5c4ee6e-f41a-4ff2-a86e-a3e92bcc334d/',
  datetime_uploaded: '2022-10-05T15:38:08.075064Z',
  variations: null,
}
const uploadcareCdn = 'https://ucarecdn.com/f5c4ee6e-f41a-4ff2-a86e-a3e92bcc334d/IMG_3037.heic'
const uploadcareClamav = {
  uc_clamav_virus_scan: {
    data: { infected: true, infected_with: 'Win.Test.EICAR_HDB-1' },
    version: '0.104.3',
    datetime_created: '2021-09-21T11:24:33.159663Z',
    datetime_updated: '2021-09-21T11:24:33.159663Z',
  },
}
export const uploadcare: readonly UploadcareEvent[] = [
  { hook: { ...uploadcareHook, event: 'file.uploaded' }, data: uploadcareFile, file: uploadcareCdn },
  {
    hook: { ...uploadcareHook, event: 'file.info_updated' },
    data: { ...uploadcareFile, appdata: uploadcareClamav },
    file: uploadcareCdn,
    previous_values: { appdata: { uc_clamav_virus_scan: null } },
  },
  {
    hook: { ...uploadcareHook, event: 'file.stored' },
    data: { ...uploadcareFile, datetime_stored: '2022-10-05T15:38:09.112233Z' },
    file: uploadcareCdn,
  },
  {
    hook: { ...uploadcareHook, event: 'file.deleted' },
    data: { ...uploadcareFile, datetime_removed: '2022-10-06T09:12:40.500112Z' },
    file: uploadcareCdn,
  },
  { hook: { ...uploadcareHook, event: 'file.infected' }, data: { ...uploadcareFile, appdata: uploadcareClamav }, file: uploadcareCdn },
]

/**
 * The bodies of Remotion's docs webhook tester (packages/docs/components/lambda/webhook-test.tsx),
 * in the key order the Lambda writes (launch.ts), with the Lambda's `customData: null` (the tester
 * leaves it out) and `$0.01` for the tester's `0.01` display cost.
 */
const remotionRender = {
  renderId: 'demo-render-id',
  expectedBucketOwner: 'demo-bucket-owner',
  bucketName: 'demo-bucket-name',
  customData: null,
} as const
export const remotion: readonly RemotionEvent[] = [
  {
    type: 'success',
    ...remotionRender,
    outputUrl: 'https://www.example.com',
    lambdaErrors: [],
    outputFile: 'demo-output.mp4',
    timeToFinish: 1500,
    costs: {
      estimatedCost: 0.01,
      estimatedDisplayCost: '$0.01',
      currency: 'USD',
      disclaimer: 'Estimated cost for lambda invocations only. Does not include cost for S3 storage and data transfer.',
    },
  },
  { type: 'error', ...remotionRender, errors: [{ message: 'demo-error-message', name: 'demo-error-name', stack: 'demo-error-stack' }] },
  { type: 'timeout', ...remotionRender },
]

// Ideogram's documented example, as published (developer.ideogram.ai
// ideogram-api/webhooks). The body names no
// event; the second is the same shape with two images, one judged unsafe
// (its url null), as the response schema allows.
export const ideogram: readonly IdeogramEvent[] = [
  {
    generation_id: 'xtdZiqPwRxqY1Y7NExFmzB',
    created: '2025-01-23T04:56:07Z',
    data: [
      {
        url: 'https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png',
        prompt: 'A photo of a cat',
        resolution: '2048x2048',
        seed: 12345,
        is_image_safe: true,
      },
    ],
  },
  {
    generation_id: 'b3JkZXJfMjAyNV8wMV8yMw',
    created: '2025-01-23T05:10:42Z',
    data: [
      {
        url: 'https://ideogram.ai/api/images/ephemeral/b3JkZXJfMjAyNV8wMV8yMw-0.png',
        prompt: 'A watercolor fox',
        resolution: '1024x1024',
        seed: 7,
        is_image_safe: true,
      },
      { url: null, prompt: 'A watercolor fox', resolution: '1024x1024', seed: 8, is_image_safe: false },
    ],
  },
]

// Livepeer documents no example bodies: these follow the envelope
// livepeer/studio cannon.ts sends ({ id, webhookId, createdAt, timestamp,
// event, stream, payload }), the payloads its emitters build (stream.ts,
// scheduler.ts, asset.ts) and the API schema's resources, with the values of
// the API reference's examples.
const livepeerWebhookId = 'de7818e7-610a-4057-8f6f-b785dc1e6f88'
const livepeerStream: LivepeerStream = {
  id: 'a4b5c6d7-1234-4e56-8f90-0a1b2c3d4e5f',
  name: 'my-stream',
  isActive: true,
  isHealthy: true,
  issues: null,
  playbackId: 'eaw4nk06ts2d0mzb',
  record: true,
  suspended: false,
  createdAt: 1726219000000,
  lastSeen: 1726220000000,
  sourceSegments: 1,
  transcodedSegments: 2,
  sourceSegmentsDuration: 1,
  transcodedSegmentsDuration: 2,
}
const livepeerSession: LivepeerRecordedSession = {
  id: '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f',
  name: 'my-stream',
  parentId: livepeerStream.id,
  playbackId: 'f1e2d3c4b5a69788',
  record: true,
  recordingStatus: 'ready',
  recordingUrl: 'https://livepeercdn.studio/recordings/0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f/index.m3u8',
  mp4Url: 'https://livepeercdn.studio/recordings/0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f/source.mp4',
  createdAt: 1726219500000,
  lastSeen: 1726220000000,
  sourceSegments: 120,
  sourceSegmentsDuration: 240,
  assetId: '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f',
}
const livepeerAsset = (phase: 'waiting' | 'processing' | 'ready' | 'failed' | 'deleted'): LivepeerAsset => ({
  id: '09F8B46C-61A0-4254-9875-F71F4C605BC7',
  name: 'my-video.mp4',
  source: { type: 'url', url: 'https://example.com/my-video.mp4' },
  type: 'video',
  playbackId: 'eaw4nk06ts2d0mzb',
  status:
    phase === 'failed' ? { phase, updatedAt: 1726220000000, errorMessage: 'Failed to upload file' } : { phase, updatedAt: 1726220000000 },
  createdAt: 1726219000000,
  ...(phase === 'ready'
    ? {
        playbackUrl: 'https://livepeercdn.studio/asset/eaw4nk06ts2d0mzb/index.m3u8',
        downloadUrl: 'https://livepeercdn.studio/asset/eaw4nk06ts2d0mzb/video/download.mp4',
        size: 84934509,
      }
    : {}),
})
const livepeerTask = (phase: 'pending' | 'running' | 'completed' | 'failed'): LivepeerTaskInfo => ({
  id: '09F8B46C-61A0-4254-9875-F71F4C605BC7',
  type: 'upload',
  snapshot: {
    id: '09F8B46C-61A0-4254-9875-F71F4C605BC7',
    type: 'upload',
    createdAt: 1726219000000,
    outputAssetId: '09F8B46C-61A0-4254-9875-F71F4C605BC7',
    params: { upload: { url: 'https://example.com/my-video.mp4' } },
    status:
      phase === 'failed'
        ? { phase, updatedAt: 1726220000000, errorMessage: 'Failed to upload file', retries: 3 }
        : phase === 'running'
          ? { phase, updatedAt: 1726220000000, progress: 0.5 }
          : { phase, updatedAt: 1726220000000 },
  },
})
const livepeerAt = { webhookId: livepeerWebhookId, createdAt: 1726220000000, timestamp: 1726220000123 } as const

export const livepeer: readonly LivepeerEvent[] = [
  { id: '0c9e7b1a-5f3d-4e2c-9b8a-7d6c5b4a3f21', ...livepeerAt, event: 'stream.started', stream: livepeerStream },
  { id: '1d0f8c2b-6a4e-4f3d-8c9b-8e7d6c5b4a32', ...livepeerAt, event: 'stream.idle', stream: { ...livepeerStream, isActive: false } },
  {
    id: '2e1a9d3c-7b5f-4a4e-9dac-9f8e7d6c5b43',
    ...livepeerAt,
    event: 'stream.detection',
    stream: livepeerStream,
    payload: {
      seqNo: 42,
      sceneClassification: [
        { name: 'soccer', probability: 0.92 },
        { name: 'adult', probability: 0.01 },
      ],
    },
  },
  {
    id: '3f2bae4d-8c6a-4b5f-aebd-af9e8d7c6b54',
    ...livepeerAt,
    event: 'recording.started',
    stream: livepeerStream,
    payload: { session: { ...livepeerSession, recordingStatus: 'waiting' } },
  },
  {
    id: '4a3cbf5e-9d7b-4c6a-bfce-baaf9e8d7c65',
    ...livepeerAt,
    event: 'recording.waiting',
    stream: { ...livepeerStream, isActive: false },
    payload: { session: livepeerSession },
  },
  {
    id: '5b4dca6f-ae8c-4d7b-8adf-cbbaaf9e8d76',
    ...livepeerAt,
    event: 'recording.ready',
    stream: { ...livepeerStream, isActive: false },
    payload: { recordingUrl: livepeerSession.recordingUrl!, mp4Url: livepeerSession.mp4Url!, session: livepeerSession },
  },
  {
    id: '6c5edb7a-bf9d-4e8c-9bea-dccbbaaf9e87',
    ...livepeerAt,
    event: 'asset.created',
    payload: { asset: { id: '09F8B46C-61A0-4254-9875-F71F4C605BC7', snapshot: livepeerAsset('waiting') } },
  },
  {
    id: '7d6fec8b-cafe-4f9d-acfb-eddccbbaaf98',
    ...livepeerAt,
    event: 'asset.updated',
    payload: { asset: { id: '09F8B46C-61A0-4254-9875-F71F4C605BC7', snapshot: livepeerAsset('processing') } },
  },
  {
    id: '5b1c8e2a-7d0f-4c4e-9a61-0f3e2b8d9c11',
    ...livepeerAt,
    event: 'asset.ready',
    payload: { asset: { id: '09F8B46C-61A0-4254-9875-F71F4C605BC7', snapshot: livepeerAsset('ready') } },
  },
  {
    // A webhook created by 2024-07-28: the old schema repeats the asset's id and snapshot in the payload.
    id: '8e7afd9c-dbaf-4aae-bdac-feeddccbbaa9',
    ...livepeerAt,
    event: 'asset.failed',
    payload: {
      id: '09F8B46C-61A0-4254-9875-F71F4C605BC7',
      snapshot: livepeerAsset('failed'),
      asset: { id: '09F8B46C-61A0-4254-9875-F71F4C605BC7', snapshot: livepeerAsset('failed') },
    },
  },
  {
    id: '9f8baead-ecba-4bbf-8ebd-affeeddccbba',
    ...livepeerAt,
    event: 'asset.deleted',
    payload: { asset: { id: '09F8B46C-61A0-4254-9875-F71F4C605BC7', snapshot: livepeerAsset('deleted') } },
  },
  { id: 'a09cbfbe-fdcb-4cca-9fce-baaffeeddccb', ...livepeerAt, event: 'task.spawned', payload: { task: livepeerTask('pending') } },
  { id: 'b1adcacf-aedc-4ddb-afdf-cbbaaffeeddc', ...livepeerAt, event: 'task.updated', payload: { task: livepeerTask('running') } },
  {
    id: 'c2bedbda-bfed-4eec-8aea-dccbbaaffeed',
    ...livepeerAt,
    event: 'task.completed',
    payload: { success: true, task: livepeerTask('completed') },
  },
  {
    id: 'd3cfeceb-cafe-4ffd-9bfb-eddccbbaaffe',
    ...livepeerAt,
    event: 'task.failed',
    payload: { success: false, task: livepeerTask('failed') },
  },
]

// The completed body is WaveSpeedAI's verification-page example as published
// (the exact string its signature example signs); the failed one is the
// webhooks-page template.
export const wavespeed: readonly WaveSpeedEvent[] = [
  {
    id: '45b392b22c3b449fa935bd4dc',
    model: 'wavespeed-ai/flux-dev',
    outputs: [
      'https://d2p7pge43lyniu.cloudfront.net/output/18058184-5df8-4d05-9e1b-7ad84c8b963e-u1_9bfd4537-e541-4ad0-a0f6-4812b11a37f1.jpeg',
    ],
    urls: { get: 'https://api.wavespeed.ai/api/v3/predictions/45b392b22c3b449fa935bd4dc2219dfe/result' },
    has_nsfw_contents: [false],
    status: 'completed',
    created_at: '2025-09-25T09:12:48.239112031Z',
    error: '',
    executionTime: 6710,
    timings: { inference: 6710 },
  },
  {
    id: 'pred_abc123',
    model: 'wavespeed-ai/flux-dev-lora',
    input: { prompt: 'Octopus vs. crab chess game' },
    outputs: [],
    urls: { get: 'https://api.wavespeed.ai/api/v3/predictions/pred_abc123/result' },
    has_nsfw_contents: [],
    status: 'failed',
    created_at: '2025-09-25T09:12:48Z',
    error: 'The model failed to generate an image',
  },
]

// Pollo documents the body only as its two fields ("`taskId`: A unique
// identifier for the task. `status`: … either `succeed` or `failed`"), one
// body per outcome.
export const pollo: readonly PolloEvent[] = [
  { taskId: 'cm5x0example', status: 'succeed' },
  { taskId: 'cm5x1example', status: 'failed' },
]

const imagekitVideo = {
  asset: { url: 'http://ik.imagekit.io/demo/sample-video.mp4' },
  options: { video_codec: 'vp9', audio_codec: 'opus', auto_rotate: true, quality: 10, format: 'webm' },
} as const
/** A file of the DAM events, with the fields ImageKit's SDK types (adapted: the docs show no DAM example). */
const imagekitFile: ImageKitFile = {
  fileId: '66a0f0c0e1b2c3d4e5f60718',
  name: 'photo.jpg',
  filePath: '/photo.jpg',
  url: 'https://ik.imagekit.io/demo/photo.jpg',
  fileType: 'image',
  size: 102400,
  height: 300,
  width: 300,
  tags: ['summer'],
  versionInfo: { id: '66a0f0c0e1b2c3d4e5f60718', name: 'Version 1' },
}
/**
 * `video.transformation.accepted` is the body of the legacy SDK's published test vector
 * (imagekit-nodejs 6.0.0 tests/webhook-signature.js); the others are adapted from the SDK types.
 */
export const imagekit: readonly ImageKitEvent[] = [
  {
    type: 'video.transformation.accepted',
    id: '58e6d24d-6098-4319-be8d-40c3cb0a402d',
    created_at: '2022-06-20T11:59:58.461Z',
    request: {
      x_request_id: 'fa98fa2e-d6cd-45b4-acf5-bc1d2bbb8ba9',
      url: 'http://ik.imagekit.io/demo/sample-video.mp4?tr=f-webm,q-10',
      user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:101.0) Gecko/20100101 Firefox/101.0',
    },
    data: { asset: imagekitVideo.asset, transformation: { type: 'video-transformation', options: imagekitVideo.options } },
  },
  {
    type: 'video.transformation.ready',
    id: 'a1b2c3d4-0000-4000-8000-000000000000',
    created_at: '2022-06-20T12:00:43.461Z',
    request: {
      x_request_id: 'fa98fa2e-d6cd-45b4-acf5-bc1d2bbb8ba9',
      url: 'http://ik.imagekit.io/demo/sample-video.mp4?tr=f-webm,q-10',
      user_agent: 'Mozilla/5.0',
    },
    data: {
      asset: imagekitVideo.asset,
      transformation: {
        type: 'video-transformation',
        options: imagekitVideo.options,
        output: {
          url: 'https://ik.imagekit.io/demo/sample-video.mp4?tr=f-webm,q-10',
          video_metadata: { duration: 16, width: 1920, height: 1080, bitrate: 1000 },
        },
      },
    },
    timings: { download_duration: 1200, encoding_duration: 9000 },
  },
  {
    type: 'video.transformation.error',
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    created_at: '2022-06-20T12:00:43.461Z',
    request: { x_request_id: 'fa98fa2e-d6cd-45b4-acf5-bc1d2bbb8ba9', url: 'http://ik.imagekit.io/demo/sample-video.mp4?tr=f-webm' },
    data: { asset: imagekitVideo.asset, transformation: { type: 'video-transformation', error: { reason: 'encoding_failed' } } },
  },
  {
    type: 'upload.pre-transform.success',
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    created_at: '2025-09-01T10:00:00.000Z',
    request: { transformation: 'w-300,h-300', x_request_id: 'b7c1e0e2-0000-4000-8000-000000000000' },
    data: {
      fileId: '66a0f0c0e1b2c3d4e5f60718',
      name: 'photo.jpg',
      filePath: '/photo.jpg',
      url: 'https://ik.imagekit.io/demo/photo.jpg',
      fileType: 'image',
      size: 102400,
      height: 300,
      width: 300,
    },
  },
  {
    type: 'upload.pre-transform.error',
    id: 'a1b2c3d4-0000-4000-8000-000000000003',
    created_at: '2025-09-01T10:00:00.000Z',
    request: { transformation: 'w-abc', x_request_id: 'b7c1e0e2-0000-4000-8000-000000000001' },
    data: { name: 'photo.jpg', path: '/photo.jpg', transformation: { error: { reason: 'Invalid transformation' } } },
  },
  {
    type: 'upload.post-transform.success',
    id: 'a1b2c3d4-0000-4000-8000-000000000004',
    created_at: '2025-09-01T10:00:05.000Z',
    request: { transformation: { type: 'transformation', value: 'w-300' }, x_request_id: 'b7c1e0e2-0000-4000-8000-000000000002' },
    data: { fileId: '66a0f0c0e1b2c3d4e5f60718', name: 'photo.jpg', url: 'https://ik.imagekit.io/demo/photo.jpg' },
  },
  {
    type: 'upload.post-transform.error',
    id: 'a1b2c3d4-0000-4000-8000-000000000005',
    created_at: '2025-09-01T10:00:05.000Z',
    request: {
      transformation: { type: 'abs', protocol: 'hls', value: 'sr-240_360_480' },
      x_request_id: 'b7c1e0e2-0000-4000-8000-000000000003',
    },
    data: {
      fileId: '66a0f0c0e1b2c3d4e5f60718',
      name: 'video.mp4',
      path: '/video.mp4',
      url: 'https://ik.imagekit.io/demo/video.mp4',
      transformation: { error: { reason: 'Encoding failed' } },
    },
  },
  { type: 'file.created', id: 'a1b2c3d4-0000-4000-8000-000000000008', created_at: '2026-04-10T10:00:00.000Z', data: imagekitFile },
  {
    type: 'file.updated',
    id: 'a1b2c3d4-0000-4000-8000-000000000009',
    created_at: '2026-04-10T10:05:00.000Z',
    data: { ...imagekitFile, tags: ['summer', 'beach'] },
  },
  {
    type: 'file.deleted',
    id: 'a1b2c3d4-0000-4000-8000-000000000006',
    created_at: '2026-04-10T10:00:00.000Z',
    data: { fileId: '66a0f0c0e1b2c3d4e5f60718' },
  },
  {
    type: 'file-version.created',
    id: 'a1b2c3d4-0000-4000-8000-00000000000a',
    created_at: '2026-04-10T10:10:00.000Z',
    data: { ...imagekitFile, versionInfo: { id: '66a0f0c0e1b2c3d4e5f60719', name: 'Version 2' } },
  },
  {
    type: 'file-version.deleted',
    id: 'a1b2c3d4-0000-4000-8000-000000000007',
    created_at: '2026-04-10T10:00:00.000Z',
    data: { fileId: '66a0f0c0e1b2c3d4e5f60718', versionId: '66a0f0c0e1b2c3d4e5f60719' },
  },
]

/**
 * api.video's six events, with the example values of its OpenAPI `x-webhooks`
 * (the `emittedAt` there, `2024-08-151T…`, is a typo, corrected).
 * `video.encoding.quality.completed` is the docs' "Simulate a webhook call"
 * body, verbatim (field order included).
 */
export const apivideo: readonly ApiVideoEvent[] = [
  { type: 'live-stream.broadcast.started', emittedAt: '2024-08-15T10:18:47+00:00', liveStreamId: 'li400mYKSgQ6xs7taUeSaEap' },
  { type: 'live-stream.broadcast.ended', emittedAt: '2024-08-15T10:18:47+00:00', liveStreamId: 'li400mYKSgQ6xs7taUeSaEap' },
  {
    type: 'video.source.recorded',
    emittedAt: '2024-08-15T10:18:47+00:00',
    liveStreamId: 'li400mYKSgQ6xs7taUeSaEap',
    videoId: 'vi4blUQJFrYWbaG44NChkH11',
  },
  {
    type: 'video.encoding.quality.completed',
    emittedAt: '2021-01-29T15:46:25.217Z',
    videoId: 'vi0000000000000000000000',
    liveStreamId: 'li0000000000000000000000',
    encoding: 'hls',
    quality: '720p',
  },
  {
    type: 'video.caption.generated',
    emittedAt: '2024-08-15T10:18:47+00:00',
    videoId: 'vi4blUQJFrYWbaG44NCh1234',
    captionId: 'caption_1CHAfLFHT5B5EV4vzT1234',
    generationMode: 'transcript',
    language: 'en',
  },
  {
    type: 'video.summary.generated',
    emittedAt: '2024-08-15T10:18:47+00:00',
    videoId: 'vi4blUQJFrYWbaG44NCh1234',
    summaryId: 'summary_1CGyYoB9XCgBk4iQna8ocT',
  },
]

/**
 * Cloudinary's notifications, shaped as real deliveries are: the `upload` and
 * `delete` of one asset (a 2021 delivery's fields), an `eager` as a 2026
 * delivery (with `notification_context` and `signature_key`), a `rename`,
 * and a Google AI Video Moderation verdict as Cloudinary's training course
 * shows it. Cloud name `demo`; the API key and every id are made up.
 */
const cloudinaryContext = {
  triggered_at: '2026-03-02T10:15:04.118231Z',
  triggered_by: { source: 'api', id: '614335564976464' },
} as const
export const cloudinary: readonly CloudinaryEvent[] = [
  {
    notification_type: 'upload',
    timestamp: '2026-03-02T10:15:06+00:00',
    request_id: '7b2e5c0f9a1d4e3f8c6b2a1d0e9f8a7b',
    asset_id: 'b5e6d2b39ba3e0869d67141ba7dba6cf',
    public_id: 'products/sneaker-red',
    version: 1772446506,
    version_id: '98f52566f43d8e516a486958a45c1eb9',
    signature: '3e1f7a0d5b9c2e4f6a8b0c1d2e3f4a5b6c7d8e9f',
    width: 1920,
    height: 1280,
    format: 'jpg',
    resource_type: 'image',
    created_at: '2026-03-02T10:15:06Z',
    tags: ['catalog'],
    bytes: 482113,
    type: 'upload',
    etag: '41c1dad4827c72051da6bb11a7b98fdf',
    placeholder: false,
    url: 'http://res.cloudinary.com/demo/image/upload/v1772446506/products/sneaker-red.jpg',
    secure_url: 'https://res.cloudinary.com/demo/image/upload/v1772446506/products/sneaker-red.jpg',
    access_mode: 'public',
    original_filename: 'sneaker-red',
    api_key: '614335564976464',
    notification_context: cloudinaryContext,
    signature_key: '614335564976464',
  },
  {
    notification_type: 'eager',
    timestamp: '2026-03-02T10:16:41+00:00',
    request_id: 'aede61e90d89d060c522e67c1cf07a66',
    batch_id: 'fa50cec935e09174f369fbf446e352491437b4c9053c6fe89d70d3f64818cce2758d39cee15af4e6e85331195513004f',
    asset_id: '1e3fcc5a073e15b29926b4fdca5a1b79',
    public_id: 'videos/launch-teaser',
    eager: [
      {
        transformation: 'sp_full_hd/m3u8',
        bytes: 1007,
        format: 'm3u8',
        url: 'http://res.cloudinary.com/demo/video/upload/sp_full_hd/v1772446530/videos/launch-teaser.m3u8',
        secure_url: 'https://res.cloudinary.com/demo/video/upload/sp_full_hd/v1772446530/videos/launch-teaser.m3u8',
      },
      {
        transformation: 'c_limit,w_1280,h_720,vc_h264,ac_aac,q_auto:good/mp4',
        width: 1280,
        height: 720,
        bytes: 305371,
        format: 'mp4',
        url: 'http://res.cloudinary.com/demo/video/upload/c_limit,w_1280,h_720,vc_h264,ac_aac,q_auto:good/v1772446530/videos/launch-teaser.mp4',
        secure_url:
          'https://res.cloudinary.com/demo/video/upload/c_limit,w_1280,h_720,vc_h264,ac_aac,q_auto:good/v1772446530/videos/launch-teaser.mp4',
      },
    ],
    api_key: '614335564976464',
    notification_context: { ...cloudinaryContext, triggered_at: '2026-03-02T10:16:37.876420Z' },
    signature_key: '614335564976464',
  },
  {
    notification_type: 'delete',
    resources: [
      {
        resource_type: 'image',
        type: 'upload',
        asset_id: 'b5e6d2b39ba3e0869d67141ba7dba6cf',
        public_id: 'products/sneaker-red',
        version: 1772446506,
      },
    ],
    notification_context: {
      triggered_at: '2026-03-02T11:02:19.004512Z',
      triggered_by: { source: 'ui', id: 'a4f1c2b3d4e5f60718293a4b5c6d7e8f' },
    },
    signature_key: '614335564976464',
  },
  {
    notification_type: 'rename',
    resource_type: 'image',
    type: 'upload',
    asset_id: '5e1f8d2c7b3a49e6a0c4d8f2b6e1a9c3',
    from_public_id: 'drafts/sneaker-blue',
    to_public_id: 'products/sneaker-blue',
    notification_context: { ...cloudinaryContext, triggered_at: '2026-03-02T10:40:52.661902Z' },
    signature_key: '614335564976464',
  },
  {
    notification_type: 'moderation',
    moderation_response: {
      moderation_confidence: 'POSSIBLE',
      frames: [{ pornography_likelihood: 'VERY_UNLIKELY', time_offset: 0.415886 }],
    },
    moderation_status: 'approved',
    moderation_kind: 'google_video_moderation',
    moderation_updated_at: '2026-03-02T10:22:19Z',
    public_id: 'videos/launch-teaser',
    uploaded_at: '2026-03-02T10:15:30Z',
    version: 1772446530,
    url: 'http://res.cloudinary.com/demo/video/upload/v1772446530/videos/launch-teaser.mp4',
    secure_url: 'https://res.cloudinary.com/demo/video/upload/v1772446530/videos/launch-teaser.mp4',
    etag: null,
  },
]

// Cartesia docs (docs.cartesia.ai/agents/webhooks), envelope as its published example.
const cartesiaEnvelope = {
  request_id: 'call_9hd2Lk3mQp',
  agent_id: 'agent_demo',
  webhook_id: 'agent_webhook_P3MgdLf1cpaucZJ7xWehCC',
} as const
export const cartesia: readonly CartesiaEvent[] = [
  {
    type: 'call_started',
    ...cartesiaEnvelope,
    timestamp: '2026-09-01T10:00:00.000Z',
    call: { id: 'call_9hd2Lk3mQp', agent_id: 'agent_demo', status: 'started', start_time: '2026-09-01T10:00:00Z' },
  },
  {
    type: 'call_turn',
    ...cartesiaEnvelope,
    timestamp: '2026-09-01T10:00:04.100Z',
    turn: { role: 'assistant', text: 'Hi there! How can I help?', start_timestamp: 1.175, end_timestamp: 3.9, was_interrupted: false },
  },
  {
    type: 'call_completed',
    ...cartesiaEnvelope,
    timestamp: '2026-09-01T10:03:00.000Z',
    call: {
      id: 'call_9hd2Lk3mQp',
      agent_id: 'agent_demo',
      status: 'completed',
      end_reason: 'client_hangup',
      start_time: '2026-09-01T10:00:00Z',
      end_time: '2026-09-01T10:03:00Z',
      transcript: [
        { role: 'assistant', text: 'Hi there! How can I help?' },
        { role: 'user', text: 'When do you open on Saturdays?' },
      ],
    },
  },
  {
    type: 'call_failed',
    ...cartesiaEnvelope,
    timestamp: '2026-09-01T10:00:02.000Z',
    call: {
      id: 'call_9hd2Lk3mQp',
      agent_id: 'agent_demo',
      status: 'failed',
      end_reason: 'error',
      error_message: 'Telephony provider rejected the call',
    },
  },
  {
    type: 'post_call_analysis',
    ...cartesiaEnvelope,
    timestamp: '2026-09-01T10:03:20.000Z',
    analysis: { summary: 'Caller asked about opening hours on Saturdays.' },
  },
]

// AssemblyAI openapi.yml TranscriptReadyNotification, RedactedAudioNotification; webhooks-streaming.mdx.
export const assemblyai: readonly AssemblyAIEvent[] = [
  { transcript_id: '9ea68fd3-f953-42c1-9742-976c447fb463', status: 'completed' },
  { transcript_id: '9ea68fd3-f953-42c1-9742-976c447fb463', status: 'error' },
  {
    status: 'redacted_audio_ready',
    redacted_audio_url: 'https://s3.us-west-2.amazonaws.com/api.assembly.ai.usw2/redacted-audio/785efd9e-0e20-45e1-967b-3db17770ed9f.wav',
  },
  {
    session_id: '273e79fd-99e9-4e1d-91da-90f56a132d01',
    messages: [
      {
        turn_order: 0,
        turn_is_formatted: true,
        end_of_turn: true,
        transcript: 'Smoke from hundreds of wildfires in Canada is triggering air quality alerts.',
        end_of_turn_confidence: 0.5005,
        words: [{ start: 4880, end: 5040, text: 'Smoke', confidence: 0.76, word_is_final: true }],
        utterance: '',
        type: 'Turn',
      },
    ],
  },
]

// Deepgram's transcription response (deepgram-js-sdk ListenV1Response), as its callback sends it.
export const deepgram: readonly DeepgramEvent[] = [
  {
    metadata: {
      transaction_key: 'deprecated',
      request_id: 'c22bea24-ecd3-4b53-bcbf-8ef087d905a5',
      sha256: '5324da68ede209a16ac69a38e8cd29cee4d754434a041166cda3a1f5e0b24566',
      created: '2026-10-28T12:00:00.000Z',
      duration: 25.93,
      channels: 1,
      models: ['1abfe86b-e047-4eed-858a-35e5625b41ee'],
      model_info: { '1abfe86b-e047-4eed-858a-35e5625b41ee': { name: 'general-nova-3', version: '2025-04-17.21547', arch: 'nova-3' } },
    },
    results: {
      channels: [
        {
          alternatives: [
            {
              transcript: 'yeah as much as it is worth celebrating',
              confidence: 0.99,
              words: [
                { word: 'yeah', start: 0.08, end: 0.32, confidence: 0.99, punctuated_word: 'Yeah' },
                { word: 'as', start: 0.32, end: 0.48, confidence: 0.99, punctuated_word: 'as' },
              ],
            },
          ],
        },
      ],
    },
  },
  // With diarize=true&utterances=true: speakers on the words, utterances beside the channels.
  {
    metadata: {
      request_id: '5f1a3e9c-7b2d-4c8e-a1f0-9d3b6c2e8a47',
      created: '2026-10-28T12:05:41.220Z',
      duration: 4.2,
      channels: 1,
      models: ['1abfe86b-e047-4eed-858a-35e5625b41ee'],
      extra: { order: 'ord_8842' },
    },
    results: {
      channels: [
        {
          alternatives: [
            {
              transcript: 'hello there hi',
              confidence: 0.98,
              words: [
                { word: 'hello', start: 0.1, end: 0.5, confidence: 0.99, speaker: 0, punctuated_word: 'Hello' },
                { word: 'there', start: 0.5, end: 0.9, confidence: 0.98, speaker: 0, punctuated_word: 'there.' },
                { word: 'hi', start: 1.4, end: 1.7, confidence: 0.97, speaker: 1, punctuated_word: 'Hi.' },
              ],
            },
          ],
        },
      ],
      utterances: [
        {
          start: 0.1,
          end: 0.9,
          confidence: 0.98,
          channel: 0,
          transcript: 'Hello there.',
          speaker: 0,
          id: 'a1c2e3f4-0000-4000-8000-000000000001',
        },
        { start: 1.4, end: 1.7, confidence: 0.97, channel: 0, transcript: 'Hi.', speaker: 1, id: 'a1c2e3f4-0000-4000-8000-000000000002' },
      ],
    },
  },
]

// livekit/protocol livekit_webhook.proto and livekit_models.proto, as protobuf JSON renders them
// (camelCase, 64-bit numbers as strings, zero values left out).
const livekitRoom = {
  sid: 'RM_hycBMAjmt6Ub',
  name: 'daily-standup',
  emptyTimeout: 300,
  departureTimeout: 20,
  creationTime: '1760000000',
  creationTimeMs: '1760000000123',
} as const
const livekitAlice = {
  sid: 'PA_Yt7rW2xKcQ9m',
  identity: 'alice',
  state: 'ACTIVE',
  joinedAt: '1760000004',
  joinedAtMs: '1760000004321',
  name: 'Alice',
} as const
export const livekit: readonly LiveKitEvent[] = [
  { event: 'room_started', room: livekitRoom, id: 'EV_3kZb9Qw2LpXa', createdAt: '1760000000' },
  { event: 'room_finished', room: livekitRoom, id: 'EV_Rk2mVx8pQa1c', createdAt: '1760003600' },
  {
    event: 'participant_joined',
    room: { ...livekitRoom, numParticipants: 1 },
    participant: livekitAlice,
    id: 'EV_8fN2cVx1TqRs',
    createdAt: '1760000004',
  },
  {
    event: 'participant_left',
    room: livekitRoom,
    participant: { ...livekitAlice, state: 'DISCONNECTED' },
    id: 'EV_Lq9wE3rTy7Ui',
    createdAt: '1760003000',
  },
  {
    event: 'participant_connection_aborted',
    room: livekitRoom,
    participant: { sid: 'PA_Zx4cV6bN8mQw', identity: 'bob', state: 'JOINED' },
    id: 'EV_Ab3dE5fG7hJk',
    createdAt: '1760000100',
  },
  {
    event: 'track_published',
    room: livekitRoom,
    participant: livekitAlice,
    track: { sid: 'TR_AMkSvpPfDbtr', type: 'VIDEO', name: 'camera', source: 'CAMERA', mimeType: 'video/VP8' },
    id: 'EV_Tp1uB2lI3sHd',
    createdAt: '1760000006',
  },
  {
    event: 'track_unpublished',
    room: livekitRoom,
    participant: livekitAlice,
    track: { sid: 'TR_AMkSvpPfDbtr', type: 'VIDEO', name: 'camera', source: 'CAMERA' },
    id: 'EV_Tu4nP5uB6lIs',
    createdAt: '1760002900',
  },
  {
    event: 'egress_started',
    egressInfo: { egressId: 'EG_uTtMhBBFUUz3', roomId: 'RM_hycBMAjmt6Ub', roomName: 'daily-standup', status: 'EGRESS_ACTIVE' },
    id: 'EV_Eg1sT2aR3tEd',
    createdAt: '1760000010',
  },
  {
    event: 'egress_updated',
    egressInfo: { egressId: 'EG_uTtMhBBFUUz3', roomId: 'RM_hycBMAjmt6Ub', roomName: 'daily-standup', status: 'EGRESS_ENDING' },
    id: 'EV_Eg4uP5dA6tEd',
    createdAt: '1760003590',
  },
  {
    event: 'egress_ended',
    egressInfo: { egressId: 'EG_uTtMhBBFUUz3', roomId: 'RM_hycBMAjmt6Ub', roomName: 'daily-standup', status: 'EGRESS_COMPLETE' },
    id: 'EV_Eg7eN8dE9dZz',
    createdAt: '1760003600',
  },
  {
    event: 'ingress_started',
    ingressInfo: { ingressId: 'IN_Kx2cV4bN6mQp', name: 'obs', roomName: 'daily-standup', state: { status: 'ENDPOINT_PUBLISHING' } },
    id: 'EV_In1sT2aR3tXy',
    createdAt: '1760000020',
  },
  {
    event: 'ingress_ended',
    ingressInfo: { ingressId: 'IN_Kx2cV4bN6mQp', name: 'obs', roomName: 'daily-standup', state: { status: 'ENDPOINT_INACTIVE' } },
    id: 'EV_In4eN5dE6dXy',
    createdAt: '1760003500',
  },
  {
    event: 'agent_job_started',
    room: livekitRoom,
    job: { id: 'AJ_Qw3eR5tY7uIo', dispatchId: 'AD_Mn8bV6cX4zLk', type: 'JT_ROOM', agentName: 'receptionist' },
    id: 'EV_Aj1sT2aR3tQw',
    createdAt: '1760000002',
  },
  {
    event: 'agent_job_ended',
    room: livekitRoom,
    job: {
      id: 'AJ_Qw3eR5tY7uIo',
      dispatchId: 'AD_Mn8bV6cX4zLk',
      type: 'JT_ROOM',
      agentName: 'receptionist',
      state: { status: 'JS_SUCCESS' },
    },
    id: 'EV_Aj4eN5dE6dQw',
    createdAt: '1760003600',
  },
]

// Vapi's server messages (VapiAI/docs fern/server-url/events.mdx; the server SDK's ServerMessage* types).
const vapiCall = { id: '3f1c9d2e-6a7b-4c8d-9e0f-1a2b3c4d5e6f', orgId: 'org_123', type: 'inboundPhoneCall' } as const
export const vapi: readonly VapiEvent[] = [
  { message: { type: 'status-update', status: 'in-progress', timestamp: 1767225600000, call: { ...vapiCall, status: 'in-progress' } } },
  {
    message: {
      type: 'end-of-call-report',
      endedReason: 'customer-ended-call',
      timestamp: 1767225780000,
      call: vapiCall,
      artifact: {
        transcript: "AI: How can I help? User: What's the weather?",
        messages: [{ role: 'assistant', message: 'How can I help?' }],
      },
      analysis: { summary: 'Caller asked about the weather.' },
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: '2026-01-01T00:03:00.000Z',
    },
  },
  {
    message: {
      type: 'tool-calls',
      timestamp: 1767225650000,
      call: vapiCall,
      toolCallList: [{ id: 'toolu_01DTPAzUm5Gk3zxrpJ969oMF', name: 'get_weather', arguments: { location: 'San Francisco' } }],
      toolWithToolCallList: [],
    },
  },
  { message: { type: 'assistant-request', timestamp: 1767225599000, call: vapiCall } },
  {
    message: {
      type: 'transcript',
      role: 'user',
      transcriptType: 'final',
      transcript: "What's the weather?",
      timestamp: 1767225610000,
      call: vapiCall,
    },
  },
  { message: { type: 'hang', timestamp: 1767225620000, call: vapiCall } },
]

// Gemini API webhooks (ai.google.dev/gemini-api/docs/webhooks: the envelope and the event catalogue).
const geminiAt = { version: 'v1', timestamp: '2026-01-22T12:00:00Z' } as const
export const gemini: readonly GeminiEvent[] = [
  { type: 'batch.succeeded', ...geminiAt, data: { id: 'batches/123456', output_file_uri: 'gs://my-bucket/results.jsonl' } },
  {
    type: 'batch.failed',
    ...geminiAt,
    data: { id: 'batches/123457', error_code: 'INVALID_ARGUMENT', error_message: 'The input file could not be read.' },
  },
  { type: 'batch.cancelled', ...geminiAt, data: { id: 'batches/123458' } },
  { type: 'batch.expired', ...geminiAt, data: { id: 'batches/123459' } },
  { type: 'interaction.completed', ...geminiAt, data: { id: 'interactions/abc123' } },
  { type: 'interaction.requires_action', ...geminiAt, data: { id: 'interactions/abc124' } },
  {
    type: 'interaction.failed',
    ...geminiAt,
    data: { id: 'interactions/abc125', error_code: 'INTERNAL', error_message: 'The interaction failed.' },
  },
  { type: 'interaction.cancelled', ...geminiAt, data: { id: 'interactions/abc126' } },
  {
    type: 'video.generated',
    ...geminiAt,
    data: { id: 'models/veo-3.1/operations/op789', output_file_uri: 'gs://my-bucket/video.mp4', file_name: 'files/video-789' },
  },
]

// A Pub/Sub push (cloud.google.com/pubsub/docs/push: the JSON body, ids and times in both cases).
export const pubsub: readonly PubSubPush[] = [
  {
    message: {
      attributes: { eventType: 'OBJECT_FINALIZE', bucketId: 'my-bucket', objectId: 'renders/out.mp4' },
      data: 'eyJraW5kIjoic3RvcmFnZSNvYmplY3QiLCJuYW1lIjoicmVuZGVycy9vdXQubXA0In0=',
      messageId: '2070443601311540',
      message_id: '2070443601311540',
      publishTime: '2021-02-26T19:13:55.749Z',
      publish_time: '2021-02-26T19:13:55.749Z',
    },
    subscription: 'projects/myproject/subscriptions/mysubscription',
  },
  {
    message: {
      attributes: { jobId: 'render-42' },
      messageId: '2070443601311541',
      message_id: '2070443601311541',
      publishTime: '2021-02-26T19:14:02.103Z',
      publish_time: '2021-02-26T19:14:02.103Z',
      orderingKey: 'render-42',
    },
    subscription: 'projects/myproject/subscriptions/mysubscription',
    deliveryAttempt: 3,
  },
]

/**
 * Kie.ai: the documented callbacks of the Market (a task's final state, as
 * `GET /api/v1/jobs/recordInfo` returns it), Veo (a success and a failure)
 * and Suno (`task_id`, the stage in `callbackType`).
 */
export const kie: readonly KieCallback[] = [
  {
    code: 200,
    msg: 'Playground task completed successfully.',
    data: {
      taskId: 'task_12345678',
      model: 'grok-imagine/text-to-image',
      state: 'success',
      param:
        '{"model":"grok-imagine/text-to-image","callBackUrl":"https://your-domain.com/api/callback","input":{"prompt":"Cinematic portrait","aspect_ratio":"3:2"}}',
      resultJson: '{"resultUrls":["https://example.com/generated-content.jpg"]}',
      failCode: '',
      failMsg: '',
      completeTime: 1698765432000,
      createTime: 1698765400000,
      updateTime: 1698765432000,
    },
  },
  {
    code: 200,
    msg: 'Veo3.1 video generated successfully.',
    data: {
      taskId: 'veo_task_abcdef123456',
      info: {
        resultUrls: ['http://example.com/video1.mp4'],
        originUrls: ['http://example.com/original_video1.mp4'],
        resolution: '1080p',
      },
      fallbackFlag: false,
    },
  },
  {
    code: 500,
    msg: 'The 4K version of this video is unavailable. Please try a different video.',
    data: { taskId: 'veo_task_abcdef123456' },
  },
  {
    code: 200,
    msg: 'All generated successfully.',
    data: {
      callbackType: 'complete',
      task_id: '2fac****9f72',
      data: [{ id: '8551****662c', audio_url: 'https://example.cn/****.mp3', title: 'Iron Man', duration: 198.44 }],
    },
  },
]

/**
 * Amazon SNS: the examples of AWS's "HTTP/HTTPS notification JSON format",
 * "subscription confirmation" and "unsubscribe confirmation" pages, their
 * signatures as AWS shows them (placeholders: the tests sign anew).
 */
export const sns: readonly SnsMessage[] = [
  {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
    Subject: 'My First Message',
    Message: 'Hello world!',
    Timestamp: '2012-05-02T00:54:06.655Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLEw6JRN...',
    SigningCertURL: 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
    UnsubscribeURL:
      'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:MyTopic:c9135db0-26c4-47ec-8998-413945fb5a96',
  },
  {
    Type: 'SubscriptionConfirmation',
    MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
    Token: '2336412f37...',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
    Message:
      'You have chosen to subscribe to the topic arn:aws:sns:us-west-2:123456789012:MyTopic.\nTo confirm the subscription, visit the SubscribeURL included in this message.',
    SubscribeURL:
      'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:MyTopic&Token=2336412f37...',
    Timestamp: '2012-04-26T20:45:04.751Z',
    SignatureVersion: '1',
    Signature:
      'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
    SigningCertURL: 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
  },
  {
    Type: 'UnsubscribeConfirmation',
    MessageId: '47138184-6831-46b8-8f7c-afc488602d7d',
    Token: '2336412f37...',
    TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
    Message:
      'You have chosen to deactivate subscription arn:aws:sns:us-west-2:123456789012:MyTopic:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.',
    SubscribeURL:
      'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:MyTopic&Token=2336412fff...',
    Timestamp: '2012-04-26T20:06:41.581Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLEHXgJm...',
    SigningCertURL: 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
  },
]

// Twilio's voice and messaging request parameters, as its TwiML docs list
// them ("Twilio's request to your application"), for one call and one message.
const twilioCall = {
  AccountSid: 'AC0123456789abcdef0123456789abcdef',
  ApiVersion: '2010-04-01',
  CallSid: 'CA5f2ad4c0c7dd1e7e3fa0c3f1ee2c9a8b',
  Called: '+18005551212',
  CalledCity: 'SAN FRANCISCO',
  CalledCountry: 'US',
  CalledState: 'CA',
  CalledZip: '94105',
  Caller: '+14158675309',
  CallerCity: 'SAN FRANCISCO',
  CallerCountry: 'US',
  CallerState: 'CA',
  CallerZip: '94107',
  Direction: 'inbound',
  From: '+14158675309',
  FromCity: 'SAN FRANCISCO',
  FromCountry: 'US',
  FromState: 'CA',
  FromZip: '94107',
  StirVerstat: 'TN-Validation-Passed-A',
  To: '+18005551212',
  ToCity: 'SAN FRANCISCO',
  ToCountry: 'US',
  ToState: 'CA',
  ToZip: '94105',
}
export const twilio: readonly TwilioRequest[] = [
  { ...twilioCall, CallStatus: 'ringing', CallToken: '%7B%22parentCallInfoToken%22%3A%22eyJ%22%7D' },
  {
    ...twilioCall,
    CallStatus: 'in-progress',
    Digits: '1',
    FinishedOnKey: '',
    SpeechResult: 'I want to book a table for two',
    Confidence: '0.9128346',
  },
  {
    ...twilioCall,
    CallStatus: 'completed',
    CallbackSource: 'call-progress-events',
    SequenceNumber: '2',
    Timestamp: 'Tue, 01 Dec 2026 10:15:42 +0000',
    CallDuration: '87',
    Duration: '2',
    SipResponseCode: '200',
  },
  {
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    ApiVersion: '2010-04-01',
    MessageSid: 'SM1f0e8ae6ade43cb3c0ce4525424e404f',
    SmsMessageSid: 'SM1f0e8ae6ade43cb3c0ce4525424e404f',
    SmsSid: 'SM1f0e8ae6ade43cb3c0ce4525424e404f',
    SmsStatus: 'received',
    MessagingServiceSid: 'MG0123456789abcdef0123456789abcdef',
    From: '+14158675309',
    To: '+18005551212',
    Body: 'Can I move my booking to 8pm? Merci & à bientôt',
    NumMedia: '0',
    NumSegments: '1',
    FromCity: 'SAN FRANCISCO',
    FromCountry: 'US',
    FromState: 'CA',
    FromZip: '94107',
  },
  {
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    ApiVersion: '2010-04-01',
    MessageSid: 'SM2e0f9bf7bef54dc4d1df5636535f515a',
    SmsSid: 'SM2e0f9bf7bef54dc4d1df5636535f515a',
    SmsStatus: 'delivered',
    MessageStatus: 'delivered',
    From: '+18005551212',
    To: '+14158675309',
  },
]

/** Every sample, by provider module name: one for every event each provider knows. */
export const sampleLists: {
  readonly eversince: readonly EversinceEvent[]
  readonly magichour: readonly MagicHourEvent[]
  readonly videopilot: readonly VideoPilotEvent[]
  readonly adsumo: readonly AdsumoEvent[]
  readonly removebgvideo: readonly RemoveBGVideoEvent[]
  readonly replicate: readonly ReplicateEvent[]
  readonly standardwebhooks: readonly StandardWebhooksEvent[]
  readonly fal: readonly FalEvent[]
  readonly elevenlabs: readonly ElevenLabsEvent[]
  readonly mux: readonly MuxEvent[]
  readonly openrouter: readonly OpenRouterEvent[]
  readonly synthesia: readonly SynthesiaEvent[]
  readonly syncso: readonly SyncSoEvent[]
  readonly twelvelabs: readonly TwelveLabsEvent[]
  readonly cloudflarestream: readonly CloudflareStreamEvent[]
  readonly retell: readonly RetellEvent[]
  readonly hume: readonly HumeEvent[]
  readonly baseten: readonly BasetenEvent[]
  readonly lumenfall: readonly LumenfallEvent[]
  readonly bfl: readonly BFLEvent[]
  readonly bunny: readonly BunnyEvent[]
  readonly uploadcare: readonly UploadcareEvent[]
  readonly remotion: readonly RemotionEvent[]
  readonly ideogram: readonly IdeogramEvent[]
  readonly kie: readonly KieCallback[]
  readonly livepeer: readonly LivepeerEvent[]
  readonly wavespeed: readonly WaveSpeedEvent[]
  readonly pollo: readonly PolloEvent[]
  readonly imagekit: readonly ImageKitEvent[]
  readonly apivideo: readonly ApiVideoEvent[]
  readonly cloudinary: readonly CloudinaryEvent[]
  readonly cartesia: readonly CartesiaEvent[]
  readonly assemblyai: readonly AssemblyAIEvent[]
  readonly deepgram: readonly DeepgramEvent[]
  readonly livekit: readonly LiveKitEvent[]
  readonly vapi: readonly VapiEvent[]
  readonly gemini: readonly GeminiEvent[]
  readonly pubsub: readonly PubSubPush[]
  readonly sns: readonly SnsMessage[]
  readonly twilio: readonly TwilioRequest[]
} = {
  eversince,
  magichour,
  videopilot,
  adsumo,
  removebgvideo,
  replicate,
  standardwebhooks,
  fal,
  elevenlabs,
  mux,
  openrouter,
  synthesia,
  syncso,
  twelvelabs,
  cloudflarestream,
  retell,
  hume,
  baseten,
  lumenfall,
  bfl,
  bunny,
  uploadcare,
  remotion,
  ideogram,
  kie,
  livepeer,
  wavespeed,
  pollo,
  imagekit,
  apivideo,
  cloudinary,
  cartesia,
  assemblyai,
  deepgram,
  livekit,
  vapi,
  gemini,
  pubsub,
  sns,
  twilio,
}

// Every provider of the list has samples: one added without them does not compile.
const everyProvider: { readonly [Name in ProviderName]: readonly object[] } = sampleLists
void everyProvider

/**
 * A realistic sample of every event of every provider, from the examples in
 * the providers' docs and typed as hookproof types them: `samples.mux['video.asset.ready']()`
 * is a fresh copy, `samples.eversince.idle({ id: 'proj_1' })` the same with
 * the fields you name replaced (at any depth; arrays whole). Providers whose
 * bodies name no event have `delivery()`; every provider has `all()`.
 *
 * @example
 * ```ts
 * import { samples } from 'hookproof/testing'
 *
 * const project = samples.eversince.failed({ error_message: 'out of credits' })
 * project.event // 'failed', typed
 * ```
 */
export const samples: {
  readonly eversince: SamplesByEvent<EversinceEvent, 'event'>
  readonly magichour: SamplesByEvent<MagicHourEvent, 'type'>
  readonly videopilot: SamplesByEvent<VideoPilotEvent, 'event'>
  readonly adsumo: SamplesByEvent<AdsumoEvent, 'event'>
  readonly removebgvideo: SamplesByEvent<RemoveBGVideoEvent, 'event'>
  readonly replicate: SamplesByEvent<ReplicateEvent, 'status'>
  readonly standardwebhooks: SampleSet<StandardWebhooksEvent>
  readonly fal: SamplesByEvent<FalEvent, 'status'>
  readonly elevenlabs: SamplesByEvent<ElevenLabsEvent, 'type'>
  readonly mux: SamplesByEvent<MuxEvent, 'type'>
  readonly openrouter: SamplesByEvent<OpenRouterEvent, 'type'>
  readonly synthesia: SamplesByEvent<SynthesiaEvent, 'type'>
  readonly syncso: SamplesByEvent<SyncSoEvent, 'status'>
  readonly twelvelabs: SamplesByEvent<TwelveLabsEvent, 'type'>
  readonly cloudflarestream: SampleSet<CloudflareStreamEvent>
  readonly retell: SamplesByEvent<RetellEvent, 'event'>
  readonly hume: SamplesByEvent<HumeEvent, 'event_name'>
  readonly baseten: SamplesByEvent<BasetenEvent, 'type'>
  readonly lumenfall: SamplesByEvent<LumenfallEvent, 'type'>
  readonly bfl: SamplesByEvent<BFLEvent, 'status'>
  readonly bunny: SampleSet<BunnyEvent>
  readonly uploadcare: SampleSet<UploadcareEvent>
  readonly remotion: SamplesByEvent<RemotionEvent, 'type'>
  readonly ideogram: SampleSet<IdeogramEvent>
  readonly kie: SampleSet<KieCallback>
  readonly livepeer: SamplesByEvent<LivepeerEvent, 'event'>
  readonly wavespeed: SamplesByEvent<WaveSpeedEvent, 'status'>
  readonly pollo: SamplesByEvent<PolloEvent, 'status'>
  readonly imagekit: SamplesByEvent<ImageKitEvent, 'type'>
  readonly apivideo: SamplesByEvent<ApiVideoEvent, 'type'>
  readonly cloudinary: SamplesByEvent<CloudinaryEvent, 'notification_type'>
  readonly cartesia: SamplesByEvent<CartesiaEvent, 'type'>
  readonly assemblyai: SampleSet<AssemblyAIEvent>
  readonly deepgram: SampleSet<DeepgramEvent>
  readonly livekit: SamplesByEvent<LiveKitEvent, 'event'>
  readonly vapi: SampleSet<VapiEvent>
  readonly gemini: SamplesByEvent<GeminiEvent, 'type'>
  readonly pubsub: SampleSet<PubSubPush>
  readonly sns: SamplesByEvent<SnsMessage, 'Type'>
  readonly twilio: SampleSet<TwilioRequest>
} = {
  eversince: byEvent(sampleLists.eversince, 'event'),
  magichour: byEvent(sampleLists.magichour, 'type'),
  videopilot: byEvent(sampleLists.videopilot, 'event'),
  adsumo: byEvent(sampleLists.adsumo, 'event'),
  removebgvideo: byEvent(sampleLists.removebgvideo, 'event'),
  replicate: byEvent(sampleLists.replicate, 'status'),
  standardwebhooks: sampleSet(sampleLists.standardwebhooks),
  fal: byEvent(sampleLists.fal, 'status'),
  elevenlabs: byEvent(sampleLists.elevenlabs, 'type'),
  mux: byEvent(sampleLists.mux, 'type'),
  openrouter: byEvent(sampleLists.openrouter, 'type'),
  synthesia: byEvent(sampleLists.synthesia, 'type'),
  syncso: byEvent(sampleLists.syncso, 'status'),
  twelvelabs: byEvent(sampleLists.twelvelabs, 'type'),
  cloudflarestream: sampleSet(sampleLists.cloudflarestream),
  retell: byEvent(sampleLists.retell, 'event'),
  hume: byEvent(sampleLists.hume, 'event_name'),
  baseten: byEvent(sampleLists.baseten, 'type'),
  lumenfall: byEvent(sampleLists.lumenfall, 'type'),
  bfl: byEvent(sampleLists.bfl, 'status'),
  bunny: sampleSet(sampleLists.bunny),
  uploadcare: sampleSet(sampleLists.uploadcare),
  remotion: byEvent(sampleLists.remotion, 'type'),
  ideogram: sampleSet(sampleLists.ideogram),
  kie: sampleSet(sampleLists.kie),
  livepeer: byEvent(sampleLists.livepeer, 'event'),
  wavespeed: byEvent(sampleLists.wavespeed, 'status'),
  pollo: byEvent(sampleLists.pollo, 'status'),
  imagekit: byEvent(sampleLists.imagekit, 'type'),
  apivideo: byEvent(sampleLists.apivideo, 'type'),
  cloudinary: byEvent(sampleLists.cloudinary, 'notification_type'),
  cartesia: byEvent(sampleLists.cartesia, 'type'),
  assemblyai: sampleSet(sampleLists.assemblyai),
  deepgram: sampleSet(sampleLists.deepgram),
  livekit: byEvent(sampleLists.livekit, 'event'),
  vapi: sampleSet(sampleLists.vapi),
  gemini: byEvent(sampleLists.gemini, 'type'),
  pubsub: sampleSet(sampleLists.pubsub),
  sns: byEvent(sampleLists.sns, 'Type'),
  twilio: sampleSet(sampleLists.twilio),
}
