// Next.js App Router route handler: app/api/webhooks/adsumo/route.(js|ts).
// The same file runs on the Node and the edge runtime
// (export const runtime = 'edge'); verify reads the Request body itself.
import { isWebhookVerificationError } from 'hookproof'
import { verify } from 'hookproof/adsumo'

/** Where the work goes; replaced in tests. Adsumo sends once and waits 10 s at most. */
export const work = { handle: async (_event) => {} }

export async function POST(request) {
  try {
    const event = await verify(request, { secret: process.env.ADSUMO_WEBHOOK_SECRET })
    // Adsumo signs no timestamp: processing each generation_id once is what stops replays.
    void work.handle(event)
    return new Response(null, { status: 200 })
  } catch (error) {
    if (isWebhookVerificationError(error)) return new Response(error.code, { status: error.status })
    throw error // Next.js answers 500
  }
}
