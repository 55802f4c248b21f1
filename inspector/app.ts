/**
 * The inspector page: verifies a pasted delivery with the browser build of
 * hookproof and shows the verdict, the event and the diagnosis. It never
 * fetches anything (a provider's published keys included): the secret stays
 * in the page.
 */
import { detectProviders } from 'hookproof'
import { diagnose } from 'hookproof/diagnose'
import { type ProviderName, providers, titles } from '../src/cli/providers.js'
import { parseCaptured } from './parse.js'

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

const form = element<HTMLFormElement>('form')
const delivery = element<HTMLTextAreaElement>('delivery')
const providerField = element<HTMLSelectElement>('provider')
const key = element<HTMLInputElement>('key')
const received = element<HTMLInputElement>('now')
const verdict = element<HTMLParagraphElement>('verdict')
const diagnosisList = element<HTMLDListElement>('diagnosis')
const eventTitle = element<HTMLHeadingElement>('event-title')
const eventBlock = element<HTMLPreElement>('event')

const names = Object.keys(providers) as ProviderName[]
providerField.append(new Option('Detect from the headers', 'auto'))
for (const name of [...names].sort((a, b) => titles[a].localeCompare(titles[b]))) providerField.append(new Option(titles[name], name))

// The page loads no keys from anywhere: a provider's published JWKS is pasted, not fetched.
const offline = (): Promise<never> =>
  Promise.reject(new Error('the inspector sends nothing: paste the provider’s public keys (its JWKS) as the key'))

/** The verify options a pasted key stands for: a key file's verify side, a JWKS, other options as JSON, or a secret. */
function optionsOf(text: string): Record<string, unknown> {
  const value = text.trim()
  if (value === '') return {}
  if (value.startsWith('{')) {
    try {
      const parsed = JSON.parse(value) as Record<string, unknown>
      if (typeof parsed['verify'] === 'object' && parsed['verify'] !== null) return parsed['verify'] as Record<string, unknown>
      if (Array.isArray(parsed['keys'])) return { jwks: parsed }
      return parsed
    } catch {
      // Not JSON: a secret that starts with a brace.
    }
  }
  // The secret as pasted, whitespace included: diagnose names it if that is the problem.
  return { secret: text }
}

function show(state: 'ok' | 'bad', text: string, found?: { cause: string; message: string; fix: string }, event?: unknown): void {
  verdict.textContent = text
  verdict.className = `verdict ${state}`
  diagnosisList.hidden = found === undefined
  if (found) {
    element('cause').textContent = found.cause
    element('message').textContent = found.message
    element('fix').textContent = found.fix
  }
  eventTitle.hidden = eventBlock.hidden = event === undefined
  eventBlock.textContent = event === undefined ? '' : JSON.stringify(event, null, 2)
  document.body.dataset['state'] = found?.cause ?? state
}

async function inspect(): Promise<void> {
  let captured: ReturnType<typeof parseCaptured>
  try {
    captured = parseCaptured(delivery.value)
  } catch (error) {
    show('bad', `The delivery cannot be read: ${(error as Error).message}.`)
    return
  }
  const chosen = providerField.value
  const detected = chosen === 'auto' ? (detectProviders(captured.headers)[0] as ProviderName | undefined) : undefined
  const name = (chosen === 'auto' ? detected : chosen) as ProviderName | undefined
  if (name === undefined) {
    show('bad', 'No provider’s signature headers found in the delivery: pick the provider.')
    return
  }
  const options: Record<string, unknown> = { ...optionsOf(key.value), fetch: offline }
  if (received.value) options['now'] = new Date(received.value).getTime()
  const diagnosis = await diagnose({ headers: captured.headers, body: captured.body }, name, options as never)
  const who = `${titles[name]}${detected ? ' (detected from the headers)' : ''}`
  if (diagnosis.ok) show('ok', `Verified: an authentic ${who} delivery.`, diagnosis, diagnosis.event)
  else show('bad', `Refused as ${who}: ${diagnosis.code ?? diagnosis.cause}.`, diagnosis)
}

form.addEventListener('submit', (submitted) => {
  submitted.preventDefault()
  inspect().catch((error: unknown) => show('bad', `Something went wrong: ${(error as Error).message}`))
})
document.body.dataset['state'] = 'ready'
