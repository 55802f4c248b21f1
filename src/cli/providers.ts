// Written by scripts/providers.mjs from src/providers/: do not edit by hand.
/** Every provider the package exports, by subpath name: what the command line serves. */
import {
  adsumo,
  elevenlabs,
  eversince,
  fal,
  magichour,
  mux,
  openrouter,
  removebgvideo,
  replicate,
  standardwebhooks,
  synthesia,
  videopilot,
} from 'hookproof'

export const providers = {
  adsumo,
  elevenlabs,
  eversince,
  fal,
  magichour,
  mux,
  openrouter,
  removebgvideo,
  replicate,
  standardwebhooks,
  synthesia,
  videopilot,
} as const

/** A provider the command line serves, by subpath name. */
export type ProviderName = keyof typeof providers
