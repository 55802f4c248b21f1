// React Router 7 (framework mode, Remix's successor) resource route:
// app/routes/webhooks.synthesia.(js|ts), an action and no component. An
// action receives the Fetch Request: verify reads its body itself, whatever
// its Content-Type. The same file is a Remix 2 resource route.
import { DEFAULT_MAX_BODY_BYTES, toResponse } from 'hookproof'
import { verify } from 'hookproof/synthesia'

/** The most bytes a delivery may hold: verify reads the body as a stream and stops at the first byte past it. */
const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES

/** Where the work goes; replaced in tests. */
export const work = { handle: async (_event) => {} }

export async function action({ request }) {
  let event
  try {
    event = await verify(request, { secret: process.env.SYNTHESIA_WEBHOOK_SECRET, maxBodyBytes: MAX_BODY_BYTES })
  } catch (error) {
    // 400, 401 or 413 as problem+json; a secret unset is a 500 that says nothing of it.
    return toResponse(error)
  }
  void work.handle(event)
  return new Response(null, { status: 200 })
}
