// Type-checked in the consumer (ESM resolution), with no @types/node and no DOM lib.
import { verify, sign, type EversinceEvent } from 'hookproof/eversince'
import { verify as verifyMagicHour } from 'hookproof/magichour'
import { verify as verifyVideoPilot } from 'hookproof/videopilot'
import { verify as verifyAdsumo } from 'hookproof/adsumo'
import { verify as verifyRemoveBGVideo } from 'hookproof/removebgvideo'
import { eversince, defineProvider, hmacHexScheme, isWebhookVerificationError, WebhookVerificationError, type WebhookVerificationErrorCode } from 'hookproof'

declare const headers: Record<string, string | string[] | undefined>
declare const body: Uint8Array

export async function handle(): Promise<string> {
  const event: EversinceEvent = await verify({ headers, body }, { secret: 's', tolerance: { past: 60, future: 5 } })
  const same: EversinceEvent = await eversince.verify({ headers, body }, { secret: ['a', 'b'] })
  const magic = await verifyMagicHour({ headers, body }, { secret: 's' })
  const pilot = await verifyVideoPilot({ headers, body }, { secret: 's' })
  const ads = await verifyAdsumo({ headers, body }, { secret: 's' })
  const job = await verifyRemoveBGVideo({ headers, body }, { secret: 's' })
  const delivery = await sign(event, { secret: 's', timestamp: 0 })
  const custom = defineProvider<{ kind: 'a' }>({ name: 'Acme', scheme: hmacHexScheme({ signatureHeader: 'x-sig' }), eventField: 'kind' })
  const error: unknown = new WebhookVerificationError('signature_mismatch', 'x')
  const code: WebhookVerificationErrorCode | undefined = isWebhookVerificationError(error) ? error.code : undefined
  void custom
  return [event.event, same.event, magic.type, pilot.event, ads.event, job.event, delivery.body, code].join()
}
