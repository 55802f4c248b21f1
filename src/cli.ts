#!/usr/bin/env node
/**
 * The hookproof command line: sign and send test deliveries to your handler,
 * verify a captured one, and find out why a signature fails. Built only on
 * the public API (it imports the installed package), with Node's own
 * parseArgs and fetch.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { isWebhookVerificationError, type SignedDelivery } from 'hookproof'
import { parseHeaders } from './cli/capture.js'
import { diagnose } from './cli/doctor.js'
import { explain } from './cli/explain.js'
import { type CliProvider, eventOf, provider as providerNamed, providerNames, signsWithSecret } from './cli/registry.js'

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
Every command takes --json for machine-readable output and --help for its own help.`,
  sign: `Usage: hookproof sign <provider> [--event NAME] [--payload FILE|-] [--timestamp ISO|UNIX] [--secret S] [--curl URL] [--json]

Prints {"headers": {...}, "body": "..."}: a delivery signed as the provider signs it.
Without --payload, a realistic sample of the event (default: the provider's first event).

Examples:
  HOOKPROOF_SECRET=whsec_test hookproof sign magichour --event video.completed
  hookproof sign adsumo --payload event.json --secret test --curl http://localhost:3000/webhooks/adsumo`,
  send: `Usage: hookproof send <provider> --to URL [--event NAME | --all] [--payload FILE] [--secret S] [--tamper] [--json]

POSTs signed deliveries to URL with every header the provider sends, and prints each
response status and time. Exits 0 only if every response is 2xx; with --tamper (the body is
changed after signing) only if every response is 4xx, as a correct handler answers.

Examples:
  HOOKPROOF_SECRET=whsec_test hookproof send eversince --to http://localhost:3000/webhooks/eversince --all
  hookproof send videopilot --to http://localhost:3000/webhooks/videopilot --all --tamper --secret test`,
  verify: `Usage: hookproof verify <provider> --headers FILE --body FILE [--secret S] [--now ISO|UNIX] [--json]

Verifies a captured delivery. The headers file is JSON or raw "Name: value" lines as copied
from a log or a request inspector; the body file holds the raw body. --now checks the timestamp
against the time the delivery arrived instead of now. Exits 0 with a summary of the event, or 1
with the error code and what it means.

Example:
  hookproof verify removebgvideo --headers headers.txt --body body.json --secret "$SECRET"`,
  doctor: `Usage: hookproof doctor <provider> --headers FILE --body FILE [--secret S] [--now ISO|UNIX] [--json]

When a delivery fails verification, finds the likely cause and says what to fix: a body your
framework re-serialized (compact/pretty JSON, trailing newline, CRLF, BOM, unicode escaping),
a secret with whitespace or without its prefix, clock skew or a stale delivery, headers from
another provider, or signing not turned on in the provider's dashboard.

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
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values']

function out(line: string): void {
  process.stdout.write(`${line}\n`)
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

function read(path: string): Buffer {
  return readFileSync(path === '-' ? 0 : path)
}

function providerOf(name: string | undefined): CliProvider {
  if (!name) throw new UsageError(`name a provider: ${providerNames.join(', ')}`)
  const cli = providerNamed(name)
  if (!cli) throw new UsageError(`unknown provider "${name}"; one of ${providerNames.join(', ')}`)
  return cli
}

function eventsOf(cli: CliProvider, values: Values): string[] {
  if (values.all) return [...cli.events]
  const event = values.event ?? cli.events[0]!
  if (!values.payload && !cli.events.includes(event)) {
    throw new UsageError(`unknown ${cli.name} event "${event}"; one of ${cli.events.join(', ')}`)
  }
  return [event]
}

async function signed(cli: CliProvider, event: string, values: Values): Promise<SignedDelivery> {
  const payload = values.payload ? read(values.payload).toString('utf8') : cli.sample(event)
  const timestamp = time(values.timestamp, '--timestamp')
  return cli.sign(payload, { secret: secretOf(values), event, ...(timestamp === undefined ? {} : { timestamp }) })
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

async function sign(cli: CliProvider, values: Values): Promise<number> {
  const [event] = eventsOf(cli, values)
  const delivery = await signed(cli, event!, values)
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
  for (const event of eventsOf(cli, values)) {
    const delivery = await signed(cli, event, values)
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
      out(`${ok ? 'ok  ' : 'FAIL'} ${cli.name} ${event}${values.tamper ? ' (tampered)' : ''} → ${error ?? status} in ${ms} ms`)
  }
  const failed = results.filter((result) => !result.ok).length
  if (values.json) out(JSON.stringify({ provider: cli.name, to: values.to, tamper: Boolean(values.tamper), results }))
  else out(`${results.length - failed} of ${results.length} deliveries answered ${values.tamper ? '4xx' : '2xx'}`)
  return failed === 0 ? 0 : 1
}

function capture(values: Values): { headers: Record<string, string>; body: Buffer } {
  if (!values.headers || !values.body) throw new UsageError('needs --headers FILE and --body FILE')
  return { headers: parseHeaders(read(values.headers).toString('utf8')), body: read(values.body) }
}

async function verify(cli: CliProvider, values: Values): Promise<number> {
  const { headers, body } = capture(values)
  const now = time(values.now, '--now')
  try {
    const event = await cli.verify({ headers, body }, { secret: secretOf(values), ...(now === undefined ? {} : { now }) })
    const name = eventOf(event) ?? 'delivery'
    if (values.json) out(JSON.stringify({ ok: true, provider: cli.name, event: name, body: event }))
    else out(`ok: ${cli.name} ${name}${summary(event)}`)
    return 0
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error
    if (values.json)
      out(JSON.stringify({ ok: false, provider: cli.name, code: error.code, message: error.message, explanation: explain(error.code) }))
    else
      out(
        `${error.code}: ${error.message}\n${explain(error.code)}\nRun \`hookproof doctor ${cli.name} …\` with the same files to find the cause.`,
      )
    return 1
  }
}

function summary(event: Record<string, unknown>): string {
  const payload = (event['payload'] ?? event['data'] ?? event) as Record<string, unknown>
  const id = payload['id'] ?? payload['render_job_id'] ?? payload['video_id'] ?? payload['generation_id']
  return id === undefined ? '' : ` (${String(id)})`
}

async function doctor(cli: CliProvider, values: Values): Promise<number> {
  const { headers, body } = capture(values)
  const diagnosis = await diagnose(cli, headers, body, secretOf(values), time(values.now, '--now'))
  if (values.json) out(JSON.stringify({ provider: cli.name, ...diagnosis }))
  else
    out(
      diagnosis.ok
        ? `ok: ${diagnosis.explanation}`
        : `${diagnosis.code} (${diagnosis.cause})\n${diagnosis.explanation}\nFix: ${diagnosis.fix}`,
    )
  return diagnosis.ok ? 0 : 1
}

const commands = { sign, send, verify, doctor } as const

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: { values: Values; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    process.stderr.write(`hookproof: ${(error as Error).message}\n\n${HELP['main']}\n`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, name] = positionals
  if (!command || !(command in commands)) {
    if (command && !values.help) process.stderr.write(`hookproof: unknown command "${command}"\n\n`)
    ;(command && !values.help ? process.stderr : process.stdout).write(`${HELP['main']}\n`)
    return command && !values.help ? 2 : 0
  }
  if (values.help) {
    out(HELP[command]!)
    return 0
  }
  try {
    const cli = providerOf(name)
    if (!(await signsWithSecret(cli))) {
      throw new UsageError(
        `${cli.name} signs with an Ed25519 private key and verifies with its public keys (a JWKS), not a secret: use sign() and verify() from hookproof/${cli.name} in code`,
      )
    }
    return await commands[command as keyof typeof commands](cli, values)
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof TypeError ||
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      error instanceof SyntaxError
    ) {
      process.stderr.write(`hookproof ${command}: ${(error as Error).message}\n\n${HELP[command]}\n`)
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
    process.stderr.write(`hookproof: ${String((error as Error)?.stack ?? error)}\n`)
    process.exitCode = 1
  },
)
