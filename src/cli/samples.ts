/**
 * One realistic body for every event of every provider, from the shapes and
 * examples in the providers' docs. Typed against hookproof's event types, so
 * a type that disagrees with the docs fails to compile.
 */
import type {
  AdsumoEvent,
  EversinceEvent,
  EversinceEventName,
  EversinceProject,
  MagicHourAudioProject,
  MagicHourEvent,
  MagicHourImageProject,
  MagicHourVideoProject,
  RemoveBGVideoEvent,
  VideoPilotEvent,
} from 'hookproof'

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
    return { ...eversinceProject, event, status: 'failed', output_type: 'pending', assembled_url: null, assembled_url_expires_at: null, error_message: 'Video model timed out on scene 2' }
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
  { type: 'video.errored', payload: { ...videoProject, status: 'error', downloads: [], credits_charged: 0, error: { code: 'processing_timeout', message: 'Processing took too long and was terminated' } } },
  { type: 'image.started', payload: { ...imageProject, status: 'rendering', downloads: [] } },
  { type: 'image.completed', payload: imageProject },
  { type: 'image.errored', payload: { ...imageProject, status: 'error', downloads: [], error: { code: 'no_source_face', message: 'Please use an image with a detectable face' } } },
  { type: 'audio.started', payload: { ...audioProject, status: 'rendering', downloads: [] } },
  { type: 'audio.completed', payload: audioProject },
  { type: 'audio.errored', payload: { ...audioProject, status: 'error', downloads: [], error: { code: 'invalid_voice', message: 'Requested voice not available' } } },
]

/** VideoPilot's six documented examples. */
export const videopilot: readonly VideoPilotEvent[] = [
  {
    event: 'video.script_ready',
    data: { video_id: 'video_123abc', title: 'Space Discovery', script: 'In a galaxy far, far away, a brave astronaut begins their journey through the cosmos...', status: 'script_ready', scene_count: 8 },
    timestamp: '2024-01-15T10:30:00.000Z',
  },
  {
    event: 'video.media_ready',
    data: { video_id: 'video_123abc', title: 'Space Discovery', status: 'media_ready', scene_count: 8, total_duration: 87.5, scenes_with_images: 8, scenes_with_audio: 8 },
    timestamp: '2024-01-15T10:35:00.000Z',
  },
  {
    event: 'video.generation_failed',
    data: { video_id: 'video_123abc', title: 'Space Discovery', status: 'failed', error: 'Image generation failed for scene 3', failed_step: 'image_generation' },
    timestamp: '2024-01-15T10:25:00.000Z',
  },
  {
    event: 'render.started',
    data: { render_job_id: 'render_789xyz', video_id: 'video_123abc', status: 'processing', quality: 'high', estimated_duration: 180 },
    timestamp: '2024-01-15T10:40:00.000Z',
  },
  {
    event: 'render.completed',
    data: { render_job_id: 'render_789xyz', video_id: 'video_123abc', status: 'completed', output_url: 'https://cdn.videopilot.app/videos/video_123abc_high.mp4', duration: 87.5, file_size: 25690112, quality: 'high' },
    timestamp: '2024-01-15T10:43:30.000Z',
  },
  {
    event: 'render.failed',
    data: { render_job_id: 'render_789xyz', video_id: 'video_123abc', status: 'failed', error: 'Rendering timeout after 300 seconds', quality: 'high' },
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
  { event: 'job.started', id: 'job_8f3a2c', status: 'processing', progress: 0, output_url: null, error: null, created_at: '2026-02-01T09:00:00Z', duration_seconds: 12.4, billing_status: null },
  { event: 'job.completed', id: 'job_8f3a2c', status: 'completed', progress: 100, output_url: 'https://cdn.removebgvideo.com/out/job_8f3a2c.webm', error: null, created_at: '2026-02-01T09:00:00Z', duration_seconds: 12.4, billing_status: 'charged' },
  { event: 'job.failed', id: 'job_8f3a2c', status: 'failed', progress: 35, output_url: null, error: 'Unsupported codec', created_at: '2026-02-01T09:00:00Z', duration_seconds: null, billing_status: 'refunded' },
]

/** Every sample, by provider module name. */
export const samples: {
  readonly eversince: readonly EversinceEvent[]
  readonly magichour: readonly MagicHourEvent[]
  readonly videopilot: readonly VideoPilotEvent[]
  readonly adsumo: readonly AdsumoEvent[]
  readonly removebgvideo: readonly RemoveBGVideoEvent[]
} = { eversince, magichour, videopilot, adsumo, removebgvideo }
