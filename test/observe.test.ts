/**
 * The `observe` option: one report per verify call, with the provider, the
 * outcome, the time taken and the signed delivery id, never a key, a
 * signature or the body; and the OpenTelemetry recipe in
 * examples/opentelemetry turning reports into spans and metrics through
 * @opentelemetry/api, against an in-memory tracer and meter registered as the
 * global ones.
 */
import { metrics, trace } from '@opentelemetry/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type VerifyReport, WebhookVerificationError } from '../src/index.js'
import * as kie from '../src/providers/kie.js'
import * as mux from '../src/providers/mux.js'
import { MUX_SECRET, muxDelivery } from './adapter-server.js'
import { observe as otelObserve, resetInstruments } from '../examples/opentelemetry/observe.mjs'

describe('observe', () => {
  it('reports a verified delivery with its signed delivery id, and nothing of the body or the keys', async () => {
    const reports: VerifyReport[] = []
    const delivery = muxDelivery()
    await mux.verify(delivery, { secret: MUX_SECRET, observe: (report) => reports.push(report) })
    expect(reports).toEqual([
      { provider: 'Mux', outcome: 'verified', durationMs: expect.any(Number), deliveryId: `mux:${JSON.parse(delivery.body).id}` },
    ])
    const shown = JSON.stringify(reports)
    expect(shown).not.toContain(MUX_SECRET)
    expect(shown).not.toContain(delivery.headers['mux-signature']!.split('v1=')[1])
  })

  it('reports a refusal by its code and a mistake as error, and rejects as without it', async () => {
    const reports: VerifyReport[] = []
    const observe = (report: VerifyReport) => reports.push(report)
    const delivery = muxDelivery()
    const refused = await mux.verify({ ...delivery, body: `${delivery.body} ` }, { secret: MUX_SECRET, observe }).catch((e) => e)
    expect(refused).toBeInstanceOf(WebhookVerificationError)
    const mistake = await mux.verify(delivery, { secret: undefined as never, observe }).catch((e) => e)
    expect(mistake).toBeInstanceOf(TypeError)
    expect(reports.map((report) => report.outcome)).toEqual(['signature_mismatch', 'error'])
    expect(reports.every((report) => report.deliveryId === undefined)).toBe(true)
  })

  it('ignores what the observer throws, and refuses an observer that is not a function', async () => {
    const delivery = muxDelivery()
    const event = await mux.verify(delivery, {
      secret: MUX_SECRET,
      observe: () => {
        throw new Error('observer bug')
      },
    })
    expect(event).toEqual(JSON.parse(delivery.body))
    await expect(mux.verify(delivery, { secret: MUX_SECRET, observe: 'log' as never })).rejects.toThrow(
      'options.observe must be a function',
    )
  })

  it('has no delivery id for a provider without an idempotency key', async () => {
    const reports: VerifyReport[] = []
    await kie.verify({ headers: {}, body: '{}' }, { secret: 's', observe: (report) => reports.push(report) }).catch(() => {})
    expect(reports).toEqual([{ provider: 'Kie.ai', outcome: 'missing_signature', durationMs: expect.any(Number) }])
  })
})

describe('the OpenTelemetry recipe', () => {
  const spans: { name: string; attributes: Record<string, unknown>; status?: unknown; start: number; end: number }[] = []
  const recorded: { instrument: string; value: number; attributes: Record<string, unknown> }[] = []

  beforeAll(() => {
    // The smallest tracer and meter the API takes: what an SDK would receive.
    const tracer = {
      startSpan(name: string, options: { attributes: Record<string, unknown>; startTime: number }) {
        const span = { name, attributes: options.attributes, start: options.startTime, end: 0, status: undefined as unknown }
        spans.push(span)
        return {
          setStatus: (status: unknown) => void (span.status = status),
          end: (end: number) => void (span.end = end),
        }
      },
    }
    const instrument = (name: string) => ({
      record: (value: number, attributes: Record<string, unknown>) => void recorded.push({ instrument: name, value, attributes }),
      add: (value: number, attributes: Record<string, unknown>) => void recorded.push({ instrument: name, value, attributes }),
    })
    trace.setGlobalTracerProvider({ getTracer: () => tracer } as never)
    metrics.setGlobalMeterProvider({ getMeter: () => ({ createHistogram: instrument, createCounter: instrument }) } as never)
    resetInstruments()
  })
  afterAll(() => {
    trace.disable()
    metrics.disable()
  })

  it('turns each verify call into a span, a duration and an outcome count', async () => {
    const delivery = muxDelivery()
    await mux.verify(delivery, { secret: MUX_SECRET, observe: otelObserve })
    await mux.verify({ ...delivery, body: `${delivery.body} ` }, { secret: MUX_SECRET, observe: otelObserve }).catch(() => {})
    const id = `mux:${JSON.parse(delivery.body).id}`
    expect(spans.map(({ name, attributes, status }) => ({ name, attributes, status }))).toEqual([
      {
        name: 'webhook.verify',
        attributes: { 'webhook.provider': 'Mux', 'webhook.outcome': 'verified', 'webhook.delivery_id': id },
        status: undefined,
      },
      {
        name: 'webhook.verify',
        attributes: { 'webhook.provider': 'Mux', 'webhook.outcome': 'signature_mismatch' },
        status: { code: 2, message: 'signature_mismatch' },
      },
    ])
    expect(spans.every((span) => span.end >= span.start)).toBe(true)
    expect(recorded.map(({ instrument, attributes }) => [instrument, attributes['webhook.outcome']])).toEqual([
      ['webhook.verify.duration', 'verified'],
      ['webhook.verify.outcomes', 'verified'],
      ['webhook.verify.duration', 'signature_mismatch'],
      ['webhook.verify.outcomes', 'signature_mismatch'],
    ])
  })
})
