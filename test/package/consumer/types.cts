// Type-checked in the consumer (CJS resolution: require condition, .d.cts), with no @types/node.
import { verify, isKnownEvent, type AdsumoEvent } from 'hookproof/adsumo'
import { isWebhookVerificationError, magichour } from 'hookproof'

export async function handle(headers: Record<string, string>, body: string): Promise<string> {
  try {
    const delivered = await verify({ headers, body }, { secret: 's' })
    if (!isKnownEvent(delivered)) return delivered.event
    const event: AdsumoEvent = delivered
    const magic = await magichour.verify({ headers, body }, { secret: 's' })
    return event.event === 'generation.completed' ? event.result_url : magic.type
  } catch (error) {
    return isWebhookVerificationError(error) ? error.code : 'misconfigured'
  }
}
