/**
 * Real HTTP for the adapter tests: a server on 127.0.0.1 and deliveries sent
 * to it, signed by the reference signers (written from the providers' docs).
 */
import { request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { samplesOf } from './reference/samples.js'
import { referenceOf, stamp } from './reference/signers.js'

export const MUX_SECRET = referenceOf('mux').key.keys[0]

/** A Mux delivery as Mux sends it, of `body` (a sample event with an id of its own by default). */
export function muxDelivery(body: string = JSON.stringify({ ...samplesOf('mux')[0], id: crypto.randomUUID() })): {
  headers: Record<string, string>
  body: string
} {
  const headers = referenceOf('mux').deliver(body, { key: MUX_SECRET, timestamp: stamp('unix', Date.now()) })
  return { headers, body }
}

/** `headers` with its Content-Type (in whatever case) replaced by `type`, or left out when `type` is undefined. */
export function withType(headers: Record<string, string>, type: string | undefined): Record<string, string> {
  const others = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'))
  return type === undefined ? others : { ...others, 'content-type': type }
}

export async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface Answer {
  readonly status: number
  readonly type: string | null
  readonly body: string
}

export async function post(
  url: string,
  delivery: { headers: Record<string, string>; body: BodyInit },
  init: RequestInit = {},
): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body, ...init } as RequestInit)
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() }
}

/** Sends headers and the first `sent` bytes of a body declaring `declared`, then hangs up. */
export function abortUpload(url: string, headers: Record<string, string>, sent: string, declared: number): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'content-length': String(declared) } })
    req.on('error', () => resolve())
    req.write(sent, () =>
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 50),
    )
  })
}

/** A body sent in chunks, without a Content-Length (Transfer-Encoding: chunked). */
export function chunked(text: string, size = 7): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, (at += size)))
    },
  })
}
