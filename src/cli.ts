#!/usr/bin/env node
/**
 * The hookproof command line: sign and send test deliveries to your handler,
 * verify a captured one, and find out why a signature fails. Built only on
 * the public API (it imports the installed package), with Node's own
 * parseArgs and fetch.
 */
import { parseArgs } from 'node:util'
import { isWebhookVerificationError, type SignedDelivery } from 'hookproof'
import { parseHeaders } from './cli/capture.js'
import { diagnose } from 'hookproof/diagnose'
import { explain } from './cli/explain.js'
import { bodyLimit, DEFAULT_BODY_MIB, HEADERS_LIMIT, type Limit, MAX_BODY_MIB, named, readBytes, readText, sizeOf } from './cli/files.js'
import { InputError } from './cli/input-error.js'
import { testKit } from 'hookproof/testing'
import { keygen, parseOptions, readKeyFile } from './cli/keys.js'
import { type CliProvider, eventOf, keyUseOf, provider as providerNamed, providerNames, signsUrl } from './cli/registry.js'
import { print, printable, shellQuote } from './cli/terminal.js'

const HELP: Record<string, string> = {
  main: `hookproof — verify signed webhooks from AI video APIs, and test your handler

Usage: hookproof <command> <provider> [options]

Commands:
  sign     print a signed delivery (headers and body) of a sample or your payload
  send     POST signed deliveries to your handler, the way the provider does, and show its answers
  verify   verify a captured delivery (headers file + body file)
  doctor   find out why a captured delivery fails verification, and what to fix
  keygen   make a test key file for a provider: a secret, or a key pair and its JWKS

Providers: ${providerNames.join(', ')}
Keys: --secret S (or the HOOKPROOF_SECRET environment variable); --key FILE, a key file from
\`hookproof keygen\` (for providers that sign with a private key: fal, Ideogram, Pub/Sub, …);
--option name=value for anything else a provider's sign() or verify() takes (apiKey, header, …).
Every command takes --json for machine-readable output and --help for its own help.

Files: a body or payload of up to ${DEFAULT_BODY_MIB} MiB (--max-body MIB raises it, up to ${MAX_BODY_MIB}), a headers
file of up to ${sizeOf(HEADERS_LIMIT.bytes)}; - reads stdin. A file that cannot be used exits 2 with one line saying
why. Control characters and bidi controls in what is printed appear as \\uXXXX escapes.`,
  sign: `Usage: hookproof sign <provider> [--event NAME] [--payload FILE|-] [--timestamp ISO|UNIX] [--secret S | --key FILE] [--option N=V] [--compact] [--curl URL] [--max-body MIB] [--json]

Prints {"headers": {...}, "body": "..."}: a delivery signed as the provider signs it.
Without --payload, a realistic sample of the event (default: the provider's first event),
written with ", " and ": " between items as Python's json.dumps writes it, so a handler that
re-serializes the body fails as it would in production; --compact writes it as JSON.stringify
does. A --payload file is sent byte for byte. A static credential's delivery carries the
secret itself: sign prints it, as the provider sends it.

Examples:
  HOOKPROOF_SECRET=whsec_test hookproof sign magichour --event video.completed
  hookproof sign adsumo --payload event.json --secret test --curl http://localhost:3000/webhooks/adsumo`,
  send: `Usage: hookproof send <provider> --to URL [--event NAME | --all] [--payload FILE|-] [--secret S | --key FILE] [--option N=V] [--compact] [--tamper] [--max-body MIB] [--json]

POSTs signed deliveries to URL with every header the provider sends, and prints what the
handler answered to each: the status, the time, and the first lines of the body (--json: the
status, time, content type and up to 2 KiB of the body). Exits 0 only if every response is
2xx; with --tamper (the body is changed after signing) only if every response is 4xx, as a
correct handler answers.

Examples:
  HOOKPROOF_SECRET=whsec_test hookproof send eversince --to http://localhost:3000/webhooks/eversince --all
  hookproof send videopilot --to http://localhost:3000/webhooks/videopilot --all --tamper --secret test`,
  verify: `Usage: hookproof verify <provider> --headers FILE|- --body FILE|- [--secret S | --key FILE] [--option N=V] [--now ISO|UNIX] [--max-body MIB] [--json]

Verifies a captured delivery. The headers file is JSON or raw "Name: value" lines as copied
from a log or a request inspector (up to ${sizeOf(HEADERS_LIMIT.bytes)}); the body file holds the raw body (up to
${DEFAULT_BODY_MIB} MiB, or --max-body MIB). --now checks the timestamp against the time the delivery
arrived instead of now. Providers that publish their public keys (fal, …) are verified against
them without --key. Exits 0 with a summary of the event, 1 with the error code and what it
means, or 2 when a file cannot be used.

Example:
  hookproof verify removebgvideo --headers headers.txt --body body.json --secret "$SECRET"`,
  doctor: `Usage: hookproof doctor <provider> --headers FILE|- --body FILE|- [--secret S | --key FILE] [--option N=V] [--now ISO|UNIX] [--max-body MIB] [--json]

When a delivery fails verification, finds the likely cause and says what to fix: a body your
framework re-serialized (compact/pretty JSON, trailing newline, CRLF, BOM, unicode escaping),
a secret with whitespace or without its prefix, clock skew or a stale delivery (measured),
headers from another provider, signing not turned on in the provider's dashboard, or a key set
that cannot be loaded. The same diagnosis in code: diagnose() from hookproof/diagnose.

Example:
  hookproof doctor magichour --headers headers.txt --body body.json --secret "$SECRET"`,
  keygen: `Usage: hookproof keygen <provider> [--pair]

Prints a key file for testing, {"provider", "sign": {...}, "verify": {...}}: the options sign()
and verify() take. A random secret for providers that sign with one (a user:password pair for
Basic credentials); an Ed25519 or RSA key pair and its JWKS for those that sign with a private
key. --pair makes a key pair for providers that take one besides a secret: a Standard Webhooks
whsk_/whpk_ pair (v1a signatures), or an RSA pair and its JWKS (Gemini's per-request tokens).
Every key file is checked by signing and verifying a sample before it is printed. It holds a
private key: keep it for tests.

Examples:
  hookproof keygen fal > fal-key.json
  hookproof send fal --to http://localhost:3000/webhooks/fal --all --key fal-key.json`,
}

class UsageError extends Error {}

const options = {
  event: { type: 'string' },
  payload: { type: 'string' },
  timestamp: { type: 'string' },
  secret: { type: 'string' },
  curl: { type: 'string' },
  to: { type: 'string' },
  all: { type: 'boolean' },
  tamper: { type: 'boolean' },
  key: { type: 'string' },
  option: { type: 'string', multiple: true, short: 'o' },
  compact: { type: 'boolean' },
  pair: { type: 'boolean' },
  headers: { type: 'string' },
  body: { type: 'string' },
  now: { type: 'string' },
  'max-body': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values']

function out(text: string): void {
  print(process.stdout, text)
}

function err(text: string): void {
  print(process.stderr, text)
}

/**
 * The options `side` takes: the key file's, then --option's, then the secret
 * from --secret or HOOKPROOF_SECRET. Signing needs a key; verifying needs one
 * except where the provider publishes its public keys.
 */
async function keysOf(cli: CliProvider, values: Values, side: 'sign' | 'verify'): Promise<Record<string, unknown>> {
  const file = values.key ? await readKeyFile(values.key) : undefined
  const options: Record<string, unknown> = { ...file?.[side], ...parseOptions(values.option) }
  // --secret is said on this command line: it wins. HOOKPROOF_SECRET is the fallback, never over a key the file or --option gives.
  const use = await keyUseOf(cli)
  if (values.secret) options['secret'] = values.secret
  else if (process.env['HOOKPROOF_SECRET'] && use !== 'private key' && !('secret' in options) && !('privateKey' in options)) {
    options['secret'] = process.env['HOOKPROOF_SECRET']
  }
  if (use === 'private key') {
    if (side === 'sign' && !('privateKey' in options)) {
      throw new UsageError(
        `${cli.title} signs with a private key: make a test key file with \`hookproof keygen ${cli.name} > ${cli.name}-key.json\` and pass --key ${cli.name}-key.json`,
      )
    }
  } else if (Object.keys(options).length === 0) {
    // Given other options (Vapi's --option token=…), the provider's own check says what is missing.
    throw new UsageError('no secret: pass --secret, set HOOKPROOF_SECRET, or pass --key FILE (from hookproof keygen)')
  }
  return options
}

function time(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const parsed = Date.parse(value)
  if (Number.isNaN(parsed)) throw new UsageError(`${flag} must be Unix seconds or an ISO 8601 date-time`)
  return parsed
}

function maxBody(values: Values): Limit {
  const value = values['max-body']
  if (value === undefined) return bodyLimit(DEFAULT_BODY_MIB)
  const mib = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(mib >= 1 && mib <= MAX_BODY_MIB)) throw new UsageError(`--max-body must be a whole number of MiB from 1 to ${MAX_BODY_MIB}`)
  return bodyLimit(mib)
}

function providerOf(name: string | undefined): CliProvider {
  if (!name) throw new UsageError(`name a provider: ${providerNames.join(', ')}`)
  const cli = providerNamed(name)
  if (!cli) throw new UsageError(`unknown provider "${printable(name)}"; one of ${providerNames.join(', ')}`)
  return cli
}

function eventsOf(cli: CliProvider, values: Values): string[] {
  if (values.all) return [...cli.events]
  const event = values.event ?? cli.events[0]!
  if (!values.payload && !cli.events.includes(event)) {
    throw new UsageError(`unknown ${cli.title} event "${printable(event)}"; one of ${cli.events.join(', ')}`)
  }
  return [event]
}

/** The text of --payload, read once for every event it is signed as (stdin cannot be read twice). */
async function payloadOf(values: Values): Promise<string | undefined> {
  return values.payload ? await readText('--payload', values.payload, maxBody(values)) : undefined
}

async function signed(cli: CliProvider, event: string, payload: string | undefined, values: Values): Promise<SignedDelivery> {
  const timestamp = time(values.timestamp, '--timestamp')
  // A sample is written as a sender's JSON library writes it (see --compact), a form as a form; a payload file is sent as it is.
  const body = payload ?? cli.sample(event)!
  const keys = await keysOf(cli, values, 'sign')
  // A provider that signs the URL it posts to is signed for the target, unless --option url=… names another.
  const target = values.to ?? values.curl
  const url = 'url' in keys || !target || !(await signsUrl(cli)) ? {} : { url: target }
  const kit = testKit(cli, {
    ...keys,
    ...url,
    event,
    format: values.compact ? 'compact' : 'spaced',
    ...(timestamp === undefined ? {} : { timestamp }),
  })
  // --tamper changes the body after signing (still valid JSON): a correct handler answers 4xx.
  return values.tamper ? kit.tampered(body) : kit.sign(body)
}

async function sign(cli: CliProvider, values: Values): Promise<number> {
  const [event] = eventsOf(cli, values)
  const delivery = await signed(cli, event!, await payloadOf(values), values)
  if (values.curl) {
    const headers = Object.entries(delivery.headers).map(([name, value]) => `-H ${shellQuote(`${name}: ${value}`)}`)
    out([`curl -X POST ${shellQuote(values.curl)}`, ...headers, `--data-binary ${shellQuote(delivery.body)}`].join(' \\\n  '))
  } else {
    out(JSON.stringify(delivery, null, values.json ? undefined : 2))
  }
  return 0
}

/** How long send waits for a handler to answer: far past any webhook sender's own timeout (10 to 30 s). */
const SEND_TIMEOUT_MS = 60_000

/** How much of a handler's answer send reads: enough for a problem document or an error page's first lines. */
const ANSWER_BYTES = 2048

/** The first `ANSWER_BYTES` of a response body, as text; the rest is not read. */
async function answerOf(response: Response): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  while (size < ANSWER_BYTES) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.length
  }
  await reader.cancel().catch(() => {})
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, ANSWER_BYTES))
}

/** The first lines of an answer, each shortened, for the terminal. */
function firstLines(text: string, lines = 3, width = 160): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, lines)
    .map((line) => (line.length > width ? `${line.slice(0, width)}…` : line))
}

async function send(cli: CliProvider, values: Values): Promise<number> {
  if (!values.to) throw new UsageError('send needs --to URL')
  const results = []
  const payload = await payloadOf(values)
  for (const event of eventsOf(cli, values)) {
    const { headers, body } = await signed(cli, event, payload, values)
    const started = performance.now()
    let status = 0
    let error: string | undefined
    let answer = ''
    let contentType: string | undefined
    try {
      const response = await fetch(values.to, { method: 'POST', headers, body, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) })
      status = response.status
      contentType = response.headers.get('content-type') ?? undefined
      answer = await answerOf(response)
    } catch (failure) {
      error =
        (failure as Error).name === 'TimeoutError'
          ? `no answer in ${SEND_TIMEOUT_MS / 1000} s`
          : String((failure as Error).cause ?? failure)
    }
    const ms = Math.round(performance.now() - started)
    const ok = values.tamper ? status >= 400 && status < 500 : status >= 200 && status < 300
    results.push({
      event,
      status,
      ms,
      ok,
      ...(error ? { error } : { response: { status, ...(contentType ? { contentType } : {}), body: answer } }),
    })
    if (!values.json) {
      out(
        `${ok ? 'ok  ' : 'FAIL'} ${cli.title} ${printable(event)}${values.tamper ? ' (tampered)' : ''} → ${printable(error ?? String(status))} in ${ms} ms`,
      )
      for (const line of firstLines(answer)) out(`     ${printable(line)}`)
    }
  }
  const failed = results.filter((result) => !result.ok).length
  if (values.json) out(JSON.stringify({ provider: cli.name, name: cli.title, to: values.to, tamper: Boolean(values.tamper), results }))
  else out(`${results.length - failed} of ${results.length} deliveries answered ${values.tamper ? '4xx' : '2xx'}`)
  return failed === 0 ? 0 : 1
}

async function capture(values: Values): Promise<{ headers: Record<string, string>; body: Buffer }> {
  if (!values.headers || !values.body) throw new UsageError('needs --headers FILE and --body FILE')
  if (values.headers === '-' && values.body === '-') throw new UsageError('only one of --headers and --body can be - (stdin)')
  const limit = maxBody(values)
  const text = await readText('--headers', values.headers, HEADERS_LIMIT)
  let headers: Record<string, string>
  try {
    headers = parseHeaders(text)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError(`${named('--headers', values.headers)}: ${error.message}`)
  }
  return { headers, body: await readBytes('--body', values.body, limit) }
}

/** What verify and doctor check a capture with: the keys, and --now. */
async function checkOptions(cli: CliProvider, values: Values): Promise<Record<string, unknown>> {
  const now = time(values.now, '--now')
  return { ...(await keysOf(cli, values, 'verify')), ...(now === undefined ? {} : { now }) }
}

async function verify(cli: CliProvider, values: Values): Promise<number> {
  const { headers, body } = await capture(values)
  const options = await checkOptions(cli, values)
  try {
    const event = await cli.verify({ headers, body }, options)
    const name = eventOf(cli.name, event) ?? 'delivery'
    if (values.json) out(JSON.stringify({ ok: true, provider: cli.name, event: name, body: event }))
    else out(`ok: ${cli.title} ${printable(name)}${summary(event)}`)
    return 0
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error
    if (values.json)
      out(JSON.stringify({ ok: false, provider: cli.name, code: error.code, message: error.message, explanation: explain(error.code) }))
    else
      out(
        `${error.code}: ${printable(error.message)}\n${explain(error.code)}\nRun \`hookproof doctor ${cli.name} …\` with the same files to find the cause.`,
      )
    return 1
  }
}

function summary(event: Record<string, unknown>): string {
  const payload = (event['payload'] ?? event['data'] ?? event) as Record<string, unknown>
  const id = payload['id'] ?? payload['render_job_id'] ?? payload['video_id'] ?? payload['generation_id']
  return id === undefined ? '' : ` (${printable(String(id))})`
}

async function doctor(cli: CliProvider, values: Values): Promise<number> {
  const { headers, body } = await capture(values)
  const options = await checkOptions(cli, values)
  const diagnosis = await diagnose({ headers, body }, cli.name, options as never)
  const { event: _event, ...found } = diagnosis
  if (values.json) out(JSON.stringify({ ...found, provider: cli.name, name: diagnosis.provider }))
  else
    out(
      diagnosis.ok
        ? `ok: ${printable(diagnosis.message)}`
        : `${diagnosis.code ?? 'error'} (${diagnosis.cause})\n${printable(diagnosis.message)}\nFix: ${printable(diagnosis.fix)}`,
    )
  return diagnosis.ok ? 0 : 1
}

async function keygenCommand(cli: CliProvider, values: Values): Promise<number> {
  out(JSON.stringify(await keygen(cli, { pair: Boolean(values.pair) }), null, 2))
  return 0
}

/** Where a library message names an option, the flag that sets it on the command line. */
function flagHint(error: Error): string {
  if (error instanceof UsageError) return ''
  const name = /options\.(\w+)/.exec(error.message)?.[1]
  if (name === undefined) return ''
  if (name === 'secret') return '\n(on the command line: --secret, HOOKPROOF_SECRET or --key FILE)'
  if (name === 'privateKey') return '\n(on the command line: --key FILE, from hookproof keygen)'
  return `\n(on the command line: --option ${name}=VALUE)`
}

const commands = { sign, send, verify, doctor, keygen: keygenCommand } as const

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: { values: Values; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    err(`hookproof: ${(error as Error).message}\n\n${HELP['main']}`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, name] = positionals
  if (!command || !Object.hasOwn(commands, command)) {
    if (command && !values.help) {
      err(`hookproof: unknown command "${printable(command)}"\n\n${HELP['main']}`)
      return 2
    }
    out(HELP['main']!)
    return 0
  }
  if (values.help) {
    out(HELP[command]!)
    return 0
  }
  try {
    const cli = providerOf(name)
    return await commands[command as keyof typeof commands](cli, values)
  } catch (error) {
    if (error instanceof InputError) {
      err(`hookproof ${command}: ${error.message}`)
      return 2
    }
    if (error instanceof UsageError || error instanceof TypeError) {
      err(`hookproof ${command}: ${printable(error.message)}${flagHint(error)}\n\n${HELP[command]}`)
      return 2
    }
    throw error
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // One line, never a stack trace: what went wrong, for a bug report.
    err(`hookproof: unexpected error: ${printable(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}`)
    process.exitCode = 1
  },
)
