// Elysia: a Black Forest Labs webhook. Run: bun examples/elysia/app.mjs.
// The route parses no body (parse: 'none'): verify reads the Fetch Request's
// body itself, whatever its Content-Type.
import { Elysia } from 'elysia'
import { DEFAULT_MAX_BODY_BYTES, toResponse } from 'hookproof'
import { verify } from 'hookproof/bfl'

/** The most bytes a delivery may hold, unless MAX_BODY_BYTES says otherwise. */
const MAX_BODY_BYTES = Number(process.env.MAX_BODY_BYTES ?? DEFAULT_MAX_BODY_BYTES)

/** Where the work goes; replaced in tests. */
export const work = { handle: async (_event) => {} }

export const app = new Elysia().post(
  '/webhooks/bfl',
  async ({ request }) => {
    let event
    try {
      event = await verify(request, { secret: process.env.BFL_WEBHOOK_SECRET, maxBodyBytes: MAX_BODY_BYTES })
    } catch (error) {
      // 400, 401 or 413 as problem+json; a secret unset is a 500 that says nothing of it.
      return toResponse(error)
    }
    void work.handle(event)
    return new Response(null, { status: 200 })
  },
  { parse: 'none' },
)

// Served when run (Bun; on Node, Elysia serves through @elysiajs/node), not when imported.
if (import.meta.main) app.listen({ port: Number(process.env.PORT ?? 3000), hostname: '127.0.0.1' })
