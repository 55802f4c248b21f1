/**
 * Kie.ai: `X-Webhook-Signature`, the base64 HMAC-SHA256, under the UTF-8
 * bytes of the account's `webhookHmacKey`, of `<task id>.<X-Webhook-Timestamp>`
 * (Unix seconds), sent once the key is turned on in Kie's settings.
 * Confirmed from Kie's docs page "Webhook Security Verification"
 * (https://docs.kie.ai/common-api/webhook-verification), its signature rule
 * `base64(HMAC-SHA256(taskId + "." + timestamp, webhookHmacKey))` and its
 * Node.js sample, which reads the task id from the body (`data.task_id` in
 * the sample, `data.taskId` in the documented callbacks of the Market and Veo
 * APIs: both are read, `taskId` first). Kie documents no window; hookproof
 * allows 300 s both ways, as for the other timestamped providers.
 *
 * **The body is not signed.** Only the task id and the timestamp are. Anyone
 * who saw one delivery can send its headers with another body naming the same
 * task within the window (a success for a failure, other result URLs), and
 * the signature still matches. So trust nothing in the body but the task id
 * ({@link taskIdOf}): fetch the task's state from Kie's API
 * (`GET /api/v1/jobs/recordInfo?taskId=…`, or the API's own details endpoint)
 * before acting on it.
 *
 * @module
 */
import { base64Signature } from '../encoding/signature.js'
import { providerDefinition, type Sign, type Verify } from '../pipeline/definition.js'
import { createSign } from '../pipeline/sign.js'
import { createVerify } from '../pipeline/verify.js'
import type { SignOptions, VerifyOptions } from '../pipeline/options.js'
import { hmacScheme } from '../schemes/hmac.js'
import { signedFieldScheme } from '../schemes/signed-field.js'
import { unixSeconds } from '../time/formats.js'

/**
 * What a callback's `data` may hold. Its shape is the API's: the Market's
 * (`state`, `resultJson`, …), Veo's (`info.resultUrls`), Suno's (`task_id`,
 * `callbackType`), and others; none of it but the task id is signed, so it is
 * typed loosely, the documented fields named.
 */
export interface KieCallbackData {
  /** The task id, in the documented callbacks of the Market and Veo APIs. */
  taskId?: string
  /** The task id, in the Suno callbacks and Kie's verification sample. */
  task_id?: string
  /** Market tasks: the task's final state. */
  state?: 'success' | 'fail' | (string & {})
  /** Market tasks: the model, e.g. `grok-imagine/text-to-image`. */
  model?: string
  /** Market tasks: JSON text, e.g. `{"resultUrls":["https://…"]}`. */
  resultJson?: string
  failCode?: string | null
  failMsg?: string | null
  /** Veo: the results. */
  info?: { resultUrls?: string[]; originUrls?: string[]; imageUrls?: string[]; resolution?: string }
  /** Suno: which stage this callback reports (`text`, `first`, `complete`, `error`). */
  callbackType?: string
  [field: string]: unknown
}

/**
 * Every Kie.ai callback body: `code` (200 on success; 400, 422, 500, 501 on
 * the documented failures), `msg`, and `data`, the task. **Unsigned but for
 * the task id**: see the module's documentation.
 *
 * @example
 * ```ts
 * const task = await fetchTaskFromKie(taskIdOf(event)) // the body itself is not signed
 * ```
 */
export interface KieCallback {
  code: number
  msg: string
  data: KieCallbackData
}

const definition = /* @__PURE__ */ providerDefinition<KieCallback>()({
  name: 'Kie.ai',
  secretEnv: 'KIE_WEBHOOK_HMAC_KEY',
  scheme: signedFieldScheme(
    hmacScheme({
      signatureHeader: 'X-Webhook-Signature',
      encoding: base64Signature,
      timestamp: { header: 'X-Webhook-Timestamp', format: unixSeconds, position: 'after' },
    }),
    {
      paths: [
        ['data', 'taskId'],
        ['data', 'task_id'],
      ],
      describe: 'task id',
    },
  ),
})

/**
 * Verifies a Kie.ai callback and resolves to its body. Checks the signature
 * over `<task id>.<X-Webhook-Timestamp>` and the timestamp (300 s both ways by
 * default). **Only the task id is authenticated, not the rest of the body**:
 * act on the task as Kie's API returns it, looked up by {@link taskIdOf}.
 *
 * @example
 * ```ts
 * import { taskIdOf, verify } from 'hookproof/kie'
 *
 * export async function POST(request: Request) {
 *   const event = await verify(request, { secret: process.env.KIE_WEBHOOK_HMAC_KEY! })
 *   await queue.send({ kieTaskId: taskIdOf(event) }) // fetch the task's result from Kie, then act
 *   return new Response(null, { status: 200 })
 * }
 * ```
 */
export const verify: Verify<KieCallback, VerifyOptions> = /* @__PURE__ */ createVerify(definition)

/**
 * Signs a callback as Kie.ai does, for testing a handler: resolves to
 * `{ headers, body }` with `X-Webhook-Timestamp` and `X-Webhook-Signature`
 * over the payload's task id and the time.
 *
 * @example
 * ```ts
 * import { sign } from 'hookproof/kie'
 *
 * const delivery = await sign(
 *   { code: 200, msg: 'Veo3.1 video generated successfully.', data: { taskId: 'veo_task_abcdef123456', info: { resultUrls: ['https://example.com/video1.mp4'] } } },
 *   { secret: 'test-webhook-hmac-key' },
 * )
 * ```
 */
export const sign: Sign<KieCallback, SignOptions> = /* @__PURE__ */ createSign(definition)

/**
 * The task id the signature covers: `data.taskId`, or `data.task_id` where
 * that API writes it. The one part of a verified callback to trust; use it to
 * fetch the task from Kie's API. (There is no `idempotencyKey`: nothing
 * signed tells two callbacks of one task apart, such as Suno's `text`,
 * `first` and `complete`; de-duplicate on the task's state as Kie's API
 * returns it.)
 *
 * @example
 * ```ts
 * const event = await verify(request, { secret })
 * const task = await fetch(`https://api.kie.ai/api/v1/jobs/recordInfo?taskId=${encodeURIComponent(taskIdOf(event))}`, {
 *   headers: { Authorization: `Bearer ${process.env.KIE_API_KEY}` },
 * })
 * ```
 */
export function taskIdOf(event: KieCallback): string {
  const { taskId, task_id } = event.data
  // verify resolved only with one of them a non-empty string: the one it checked.
  return typeof taskId === 'string' && taskId !== '' ? taskId : (task_id as string)
}
