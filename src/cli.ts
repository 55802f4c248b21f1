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
import { type CliProvider, eventOf, keyUseOf, provider as providerNamed, providerNames } from './cli/registry.js'
import { print, printable, shellQuote } from './cli/terminal.js'

const HELP: Record<string, string> = {
  main: `hookproof — verify signed webhooks from AI video APIs, and test your handler

Usage: hookproof <command> <provider> [options]

Commands:
  sign     print a signed delivery (headers and body) of a sample or your payload
  send     POST signed deliveries to your handler, the way the provider does
  verify   verify a captured delivery (headers file + body file)
  doctor   find out why a captured delivery fails verification, and what to fix

Providers: ${providerNames.join(', ')}
The secret comes from --secret or the HOOKPROOF_SECRET environment variable.
Every command takes --json for machine-readable output and --help for its own help.

Files: a body or payload of up to ${DEFAULT_BODY_MIB} MiB (--max-body MIB raises it, up to ${MAX_BODY_MIB}), a headers
file of up to ${sizeOf(HEADERS_LIMIT.bytes)}; - reads stdin. A file that cannot be used exits 2 with one line saying
why. Control characters and bidi controls in what is printed appear as \\uXXXX escapes.`,
  sign: `Usage: hookproof sign <provider> [--event NAME] [--payload FILE|-] [--timestamp ISO|UNIX] [--secret S] [--curl URL] [--max-body MIB] [--json]

Prints {"headers": {...}, "body": "..."}: a delivery signed as the provider signs it.
Without --payload, a realistic sample of the event (default: the provider's first event).

Examples:
  HOOKPROOF_SECRET=whsec_test hookproof sign magichour --event video.completed
  hookproof sign adsumo --payload event.json --secret test --curl http://localhost:3000/webhooks/adsumo`,
  send: `Usage: hookproof send <provider> --to URL [--event NAME | --all] [--payload FILE|-] [--secret S] [--tamper] [--max-body MIB] [--json]

POSTs signed deliveries to URL with every header the provider sends, and prints each
response status and time. Exits 0 only if every response is 2xx; with --tamper (the body is
changed after signing) only if every response is 4xx, as a correct handler answers.

Examples:
  HOOKPROOF_SECRET=whsec_test hookproof send eversince --to http://localhost:3000/webhooks/eversince --all
  hookproof send videopilot --to http://localhost:3000/webhooks/videopilot --all --tamper --secret test`,
  verify: `Usage: hookproof verify <provider> --headers FILE|- --body FILE|- [--secret S] [--now ISO|UNIX] [--max-body MIB] [--json]

Verifies a captured delivery. The headers file is JSON or raw "Name: value" lines as copied
from a log or a request inspector (up to ${sizeOf(HEADERS_LIMIT.bytes)}); the body file holds the raw body (up to
${DEFAULT_BODY_MIB} MiB, or --max-body MIB). --now checks the timestamp against the time the delivery
arrived instead of now. Exits 0 with a summary of the event, 1 with the error code and what it
means, or 2 when a file cannot be used.

Example:
  hookproof verify removebgvideo --headers headers.txt --body body.json --secret "$SECRET"`,
  doctor: `Usage: hookproof doctor <provider> --headers FILE|- --body FILE|- [--secret S] [--now ISO|UNIX] [--max-body MIB] [--json]

When a delivery fails verification, finds the likely cause and says what to fix: a body your
framework re-serialized (compact/pretty JSON, trailing newline, CRLF, BOM, unicode escaping),
a secret with whitespace or without its prefix, clock skew or a stale delivery (measured),
headers from another provider, signing not turned on in the provider's dashboard, or a key set
that cannot be loaded. The same diagnosis in code: diagnose() from hookproof/diagnose.

Example:
  hookproof doctor magichour --headers headers.txt --body body.json --secret "$SECRET"`,
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

function secretOf(values: Values): string {
  const secret = values.secret ?? process.env['HOOKPROOF_SECRET']
  if (!secret) throw new UsageError('no secret: pass --secret or set HOOKPROOF_SECRET')
  return secret
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
    throw new UsageError(`unknown ${cli.name} event "${printable(event)}"; one of ${cli.events.join(', ')}`)
  }
  return [event]
}

/** The text of --payload, read once for every event it is signed as (stdin cannot be read twice). */
async function payloadOf(values: Values): Promise<string | undefined> {
  return values.payload ? await readText('--payload', values.payload, maxBody(values)) : undefined
}

async function signed(cli: CliProvider, event: string, payload: string | undefined, values: Values): Promise<SignedDelivery> {
  const timestamp = time(values.timestamp, '--timestamp')
  return cli.sign(payload ?? cli.sample(event), { secret: secretOf(values), event, ...(timestamp === undefined ? {} : { timestamp }) })
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

async function send(cli: CliProvider, values: Values): Promise<number> {
  if (!values.to) throw new UsageError('send needs --to URL')
  const results = []
  const payload = await payloadOf(values)
  for (const event of eventsOf(cli, values)) {
    const delivery = await signed(cli, event, payload, values)
    // --tamper changes the body after signing (still valid JSON): a correct handler answers 4xx.
    const body = values.tamper ? `${delivery.body} ` : delivery.body
    const started = performance.now()
    let status = 0
    let error: string | undefined
    try {
      const response = await fetch(values.to, { method: 'POST', headers: delivery.headers, body })
      status = response.status
      await response.arrayBuffer()
    } catch (failure) {
      error = String((failure as Error).cause ?? failure)
    }
    const ms = Math.round(performance.now() - started)
    const ok = values.tamper ? status >= 400 && status < 500 : status >= 200 && status < 300
    results.push({ event, status, ms, ok, ...(error ? { error } : {}) })
    if (!values.json)
      out(
        `${ok ? 'ok  ' : 'FAIL'} ${cli.name} ${printable(event)}${values.tamper ? ' (tampered)' : ''} → ${printable(error ?? String(status))} in ${ms} ms`,
      )
  }
  const failed = results.filter((result) => !result.ok).length
  if (values.json) out(JSON.stringify({ provider: cli.name, to: values.to, tamper: Boolean(values.tamper), results }))
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

async function verify(cli: CliProvider, values: Values): Promise<number> {
  const { headers, body } = await capture(values)
  const now = time(values.now, '--now')
  try {
    const event = await cli.verify({ headers, body }, { secret: secretOf(values), ...(now === undefined ? {} : { now }) })
    const name = eventOf(cli.name, event) ?? 'delivery'
    if (values.json) out(JSON.stringify({ ok: true, provider: cli.name, event: name, body: event }))
    else out(`ok: ${cli.name} ${printable(name)}${summary(event)}`)
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
  const now = time(values.now, '--now')
  const diagnosis = await diagnose({ headers, body }, cli.name, {
    secret: secretOf(values),
    ...(now === undefined ? {} : { now }),
  } as never)
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

const commands = { sign, send, verify, doctor } as const

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
  if (!command || !(command in commands)) {
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
    const use = await keyUseOf(cli)
    if (use === 'private key') {
      throw new UsageError(
        `${cli.name} signs with a private key (Ed25519 or RSA) and verifies with its public keys (a JWKS), not a secret: use sign() and verify() from hookproof/${cli.name} in code`,
      )
    }
    if (use === 'api key') {
      throw new UsageError(
        `${cli.name} signs with an API key and its secret, and the command line takes no API key yet: use sign() and verify() from hookproof/${cli.name} in code`,
      )
    }
    if (use === 'credential') {
      // Its deliveries carry the secret itself, and the command line prints no part of a secret.
      throw new UsageError(
        `${cli.name} signs nothing: its deliveries carry the secret itself in a header, which the command line never prints or reads from files: use sign() and verify() from hookproof/${cli.name} in code`,
      )
    }
    return await commands[command as keyof typeof commands](cli, values)
  } catch (error) {
    if (error instanceof InputError) {
      err(`hookproof ${command}: ${error.message}`)
      return 2
    }
    if (error instanceof UsageError || error instanceof TypeError) {
      err(`hookproof ${command}: ${error.message}\n\n${HELP[command]}`)
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
