/**
 * A signature over a field of the body (signedFieldScheme; Kie.ai's task id):
 * the field read where the paths say, the rest of the body free to change,
 * what a caller gets wrong, and `taskIdOf` — on both engines. Expected
 * signatures are node:crypto's, written the way Kie's docs sample writes
 * them: `createHmac('sha256', key).update(`${taskId}.${timestamp}`).digest('base64')`.
 */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64Signature, defineProvider, hmacScheme, kie, signedFieldScheme } from '../src/index.js'
import { taskIdOf } from '../src/providers/kie.js'
import { engines, useEngine } from './engines.js'
import { outcome } from './outcome.js'

const KEY = 'kie-test-webhook-hmac-key'
const NOW = 1_736_942_400_000
const TS = String(NOW / 1000)
const signature = (taskId: string, key = KEY) => createHmac('sha256', key).update(`${taskId}.${TS}`).digest('base64')
const headers = (taskId: string, key = KEY) => ({ 'X-Webhook-Timestamp': TS, 'X-Webhook-Signature': signature(taskId, key) })

type Job = { job: { id: string }; state: string }

describe.each(engines)('signedFieldScheme, $name engine', (engine) => {
  useEngine(engine)

  it('refuses paths that name no key, when the scheme is built', () => {
    const inner = hmacScheme({ signatureHeader: 'X-Sig' })
    expect(() => signedFieldScheme(inner, { paths: [], describe: 'job id' })).toThrow(TypeError)
    expect(() => signedFieldScheme(inner, { paths: [[]], describe: 'job id' })).toThrow(/paths must each name at least one key/)
  })

  it('signs the field alone when the inner scheme signs no timestamp, and says so on a mismatch', async () => {
    const provider = defineProvider<Job>()({
      name: 'Quill',
      scheme: signedFieldScheme(hmacScheme({ signatureHeader: 'X-Sig', encoding: base64Signature }), {
        paths: [['job', 'id']],
        describe: 'job id',
      }),
    })
    const body = JSON.stringify({ job: { id: 'job_7' }, state: 'done' })
    const sig = createHmac('sha256', KEY).update('job_7').digest('base64')
    expect(await provider.verify({ headers: { 'X-Sig': sig }, body }, { secret: KEY })).toEqual(JSON.parse(body))
    const changed = JSON.stringify({ job: { id: 'job_7' }, state: 'failed' })
    expect(await outcome(provider.verify({ headers: { 'X-Sig': sig }, body: changed }, { secret: KEY }))).toBe('ok')
    await expect(provider.verify({ headers: { 'X-Sig': sig }, body }, { secret: ['other', 'another'] })).rejects.toThrow(
      'The Quill signature does not match the job id with any of the 2 secrets. Check the secret.',
    )
    await expect(provider.sign({ job: { id: '' }, state: 'x' } as Job, { secret: KEY })).rejects.toThrow(
      'hookproof: sign needs a payload with its job id (job.id), which the signature covers.',
    )
    expect((await provider.sign({ job: { id: 'job_7' }, state: 'done' }, { secret: KEY })).headers['X-Sig']).toBe(sig)
  })

  it('reads the task id from data.taskId, else data.task_id, in every input form', async () => {
    const options = { secret: KEY, now: NOW }
    const camel = JSON.stringify({ code: 200, msg: 'ok', data: { taskId: 'task_1' } })
    const snake = JSON.stringify({ code: 200, msg: 'ok', data: { task_id: 'suno_1' } })
    expect(taskIdOf(await kie.verify({ headers: headers('task_1'), body: camel }, options))).toBe('task_1')
    expect(taskIdOf(await kie.verify({ headers: headers('suno_1'), body: new TextEncoder().encode(snake) }, options))).toBe('suno_1')
    const request = new Request('https://example.test/kie', { method: 'POST', headers: headers('suno_1'), body: snake })
    expect(taskIdOf(await kie.verify(request, options))).toBe('suno_1')
  })

  it('refuses a body without a readable task id before any HMAC, whatever the key', async () => {
    const options = { secret: 'not the key', now: NOW }
    for (const body of [
      new Uint8Array([0x7b, 0xff, 0x7d]),
      '{"data":{"taskId":"a\ud800"}}',
      '{"data":[{"taskId":"task_1"}]}',
      '{"data":null}',
      'null',
    ]) {
      expect(await outcome(kie.verify({ headers: headers('task_1'), body }, options))).toBe('invalid_payload')
    }
  })

  it('tries every secret passed, and names the task id and timestamp on a mismatch', async () => {
    const body = JSON.stringify({ code: 200, msg: 'ok', data: { taskId: 'task_1' } })
    const secrets = ['a', 'b', 'c', KEY]
    expect(await outcome(kie.verify({ headers: headers('task_1'), body }, { secret: secrets, now: NOW }))).toBe('ok')
    await expect(kie.verify({ headers: headers('task_1', 'other'), body }, { secret: KEY, now: NOW })).rejects.toThrow(
      'The Kie.ai signature does not match the task id and timestamp with the secret. Check the secret.',
    )
  })
})
