/**
 * Twilio's request validation, ported from twilio-node
 * (`src/webhooks/webhooks.ts` @45d3d65a) onto node:crypto, node:url and
 * node:querystring as it is written there: the independent side of the
 * Twilio vectors and properties. Nothing here imports hookproof.
 *
 * Form bodies are read as Express's `urlencoded({ extended: false })`
 * reads them (node:querystring), the parameters twilio-node's validator is
 * handed in an Express app.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { parse, stringify } from 'node:querystring'

type Params = Record<string, string | string[]>

function toFormUrlEncodedParam(paramName: string, paramValue: string | string[]): string {
  if (Array.isArray(paramValue)) {
    return Array.from(new Set(paramValue))
      .sort()
      .map((val) => toFormUrlEncodedParam(paramName, val))
      .reduce((acc, val) => acc + val, '')
  }
  return paramName + paramValue
}

/** twilio-node's `getExpectedTwilioSignature`. */
export function getExpectedTwilioSignature(authToken: string, url: string, params: Params): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + toFormUrlEncodedParam(key, params[key]!), url)
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64')
}

function buildUrlWithStandardPort(parsedUrl: URL): string {
  let url = ''
  const port = parsedUrl.protocol === 'https:' ? ':443' : ':80'
  url += parsedUrl.protocol ? `${parsedUrl.protocol}//` : ''
  url += parsedUrl.username
  url += parsedUrl.password ? `:${parsedUrl.password}` : ''
  url += parsedUrl.username || parsedUrl.password ? '@' : ''
  url += parsedUrl.host ? parsedUrl.host + port : ''
  url += parsedUrl.pathname + parsedUrl.search + parsedUrl.hash
  return url
}

function addPort(parsedUrl: URL): string {
  if (!parsedUrl.port) return buildUrlWithStandardPort(parsedUrl)
  return parsedUrl.toString()
}

function removePort(parsedUrl: URL): string {
  const copy = new URL(parsedUrl)
  copy.port = ''
  return copy.toString()
}

function withLegacyQuerystring(url: string): string {
  const parsedUrl = new URL(url)
  if (parsedUrl.search) {
    const qs = parse(parsedUrl.search.slice(1))
    parsedUrl.search = ''
    return `${parsedUrl.toString()}?${stringify(qs)}`
  }
  return url
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * twilio-node's `validateRequest`, plus the URL exactly as given first (the
 * Python and C# validators sign it unparsed, so a host's case is kept).
 */
export function validateRequest(authToken: string, twilioHeader: string, url: string, params: Params): boolean {
  const urlObject = new URL(url)
  return [
    url,
    removePort(urlObject),
    addPort(urlObject),
    withLegacyQuerystring(removePort(urlObject)),
    withLegacyQuerystring(addPort(urlObject)),
  ].some((candidate) => same(twilioHeader, getExpectedTwilioSignature(authToken, candidate, params)))
}

/** A form body's parameters as Express's urlencoded parser (node:querystring) hands them over. */
export function formParams(body: string): Params {
  return { ...parse(body) } as Params
}

/** An object of strings as a form body, written with node:querystring. */
export function formBody(params: Readonly<Record<string, string>>): string {
  return stringify(params)
}

/**
 * What hookproof returns for a form body, by its stated rules, written
 * apart from its reader: every piece split at its first `=`, `+` a space,
 * `decodeURIComponent` must succeed (a bad escape or bytes that are not
 * UTF-8 make no form), at most 1,000 parameters, none twice. `undefined`
 * for a body hookproof must refuse as `invalid_payload`.
 */
export function strictForm(body: string): Record<string, string> | undefined {
  const pieces = body.split('&').filter((piece) => piece !== '')
  if (pieces.length > 1000) return undefined
  const event: Record<string, string> = {}
  for (const piece of pieces) {
    const at = piece.indexOf('=')
    let name: string
    let value: string
    try {
      name = decodeURIComponent((at === -1 ? piece : piece.slice(0, at)).replaceAll('+', ' '))
      value = at === -1 ? '' : decodeURIComponent(piece.slice(at + 1).replaceAll('+', ' '))
    } catch {
      return undefined
    }
    if (Object.hasOwn(event, name)) return undefined
    Object.defineProperty(event, name, { value, enumerable: true, writable: true, configurable: true })
  }
  return event
}
