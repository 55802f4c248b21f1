/** The shape of test/vectors/*.json, shared by the generators and the tests. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface Vector {
  readonly name: string
  /** The secret(s) to verify with; absent for providers verified with public keys. */
  readonly secret?: string | readonly string[]
  /** Other verify options (e.g. fal's `jwks`). */
  readonly options?: Readonly<Record<string, unknown>>
  readonly headers: Readonly<Record<string, string>>
  /** The body as text, or… */
  readonly body?: string
  /** …as base64, for bytes that are not UTF-8. */
  readonly bodyBase64?: string
  readonly tolerance?: number | false | { readonly past: number; readonly future: number }
  /**
   * What verify must do: resolve to the body as sent, naming this event
   * (`null`: the body as sent, whatever it names), or reject with this code.
   */
  readonly expect: { readonly event: string | null } | { readonly error: string }
}

export interface VectorFile {
  readonly provider: string
  readonly reference: string
  /** The body field naming the event, where the provider has one: what an accepted vector's `expect.event` is read from. */
  readonly eventField?: string
  /** `form` where the bodies are form-encoded (Twilio): an accepted vector returns the form's parameters, not JSON. */
  readonly bodyFormat?: 'form'
  /** The clock every vector is verified against, ms since the epoch. */
  readonly now: number
  /**
   * Where the provider's keys cannot be made where a test runs (AWS SNS: a
   * certificate for the key): the fixed test key the vectors are signed
   * with, the certificate URL it names, and the certificate of another key
   * (trusted at that URL, it must not verify).
   */
  readonly signer?: {
    readonly privateKey: Readonly<Record<string, unknown>>
    readonly certificateUrl: string
    readonly otherCertificate: string
  }
  readonly vectors: readonly Vector[]
}

/** 2025-01-15T12:00:00Z: the clock every vector is verified against. */
export const NOW = 1_736_942_400_000

export function vectorPath(name: string): string {
  return fileURLToPath(new URL(`./${name}.json`, import.meta.url))
}

/** The vector file of a provider; a provider without one is an error that says how to write it. */
export function readVectors(provider: string): VectorFile {
  let text: string
  try {
    text = readFileSync(vectorPath(provider), 'utf8')
  } catch {
    throw new Error(`provider ${provider} has no vector file test/vectors/${provider}.json: run \`npx tsx test/reference/generate.ts\``)
  }
  return JSON.parse(text) as VectorFile
}
