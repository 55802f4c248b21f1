// hookproof's `observe` option as OpenTelemetry spans and metrics, with
// @opentelemetry/api only: whatever SDK the app registers receives them.
//
//   import { observe } from './observe.mjs'
//   const event = await verify(request, { secret, observe })
//
// One span per verify call (`webhook.verify`, an error status for a refusal),
// a histogram of its duration and a counter of outcomes, each by provider and
// outcome. Nothing of the delivery but the provider's signed idempotency key.
import { metrics, SpanStatusCode, trace } from '@opentelemetry/api'

let instruments
// Read at the first report, not at import: the app registers its SDK after its imports.
function instrumentsOf() {
  if (!instruments) {
    const meter = metrics.getMeter('hookproof')
    instruments = {
      tracer: trace.getTracer('hookproof'),
      duration: meter.createHistogram('webhook.verify.duration', { unit: 'ms', description: 'Time verify took, body read included' }),
      outcomes: meter.createCounter('webhook.verify.outcomes', { description: 'verify calls by provider and outcome' }),
    }
  }
  return instruments
}

/** @param {import('hookproof').VerifyReport} report */
export function observe(report) {
  const { tracer, duration, outcomes } = instrumentsOf()
  const attributes = { 'webhook.provider': report.provider, 'webhook.outcome': report.outcome }
  duration.record(report.durationMs, attributes)
  outcomes.add(1, attributes)
  const end = performance.timeOrigin + performance.now()
  const span = tracer.startSpan('webhook.verify', {
    startTime: end - report.durationMs,
    attributes: report.deliveryId ? { ...attributes, 'webhook.delivery_id': report.deliveryId } : attributes,
  })
  if (report.outcome !== 'verified') span.setStatus({ code: SpanStatusCode.ERROR, message: report.outcome })
  span.end(end)
}

/** Forgets the instruments, for tests that register another SDK. */
export function resetInstruments() {
  instruments = undefined
}
