import type { KeyHint } from './secret.js'
import type { AnyScheme, Scheme, SignKeysOf, VerifyKeysOf } from './scheme.js'

/** One of the schemes a {@link schemeByKeyOption} scheme chooses from, and the option that chooses it. */
export interface KeyedChoice<Option extends string, Inner extends AnyScheme, AsSecret extends boolean = false> {
  /**
   * The caller's option that selects this scheme: one the scheme reads
   * itself (`'secret'` for an HMAC secret, `'audience'` for a token's
   * audience), or, with `asSecret`, one it reads as its `secret` (`'token'`
   * for a Bearer credential).
   */
  readonly option: Option
  readonly scheme: Inner
  /** Whether the scheme is given the option's value as its `secret`. */
  readonly asSecret?: AsSecret
}

type Renamed<Keys, Option extends string, AsSecret extends boolean> = AsSecret extends true
  ? Omit<Keys, 'secret'> & { readonly [Name in Option]: Keys extends { readonly secret: infer Value } ? Value : never } & {
      readonly secret?: undefined
    }
  : Keys
type Only<Keys, Other extends string> = Keys & { readonly [Name in Other]?: undefined }

/** What a {@link schemeByKeyOption} scheme verifies with: the chosen scheme's key, and which it is. */
export interface ChosenKey {
  readonly choice: 0 | 1
  readonly key: unknown
}

/** What it reads from the headers: the chosen scheme's reading. */
export interface ChosenSigned {
  readonly choice: 0 | 1
  readonly inner: unknown
  readonly timestamp: number | undefined
}

/** A scheme chosen by the key option the caller passes; see {@link schemeByKeyOption}. */
export type KeyOptionScheme<
  A extends string,
  SA extends AnyScheme,
  B extends string,
  SB extends AnyScheme,
  RA extends boolean = false,
  RB extends boolean = false,
> = Scheme<
  ChosenKey,
  ChosenSigned,
  Only<Renamed<VerifyKeysOf<SA>, A, RA>, B> | Only<Renamed<VerifyKeysOf<SB>, B, RB>, A>,
  Only<Renamed<SignKeysOf<SA>, A, RA>, B> | Only<Renamed<SignKeysOf<SB>, B, RB>, A>,
  SA['signsTime'] & SB['signsTime']
>

/**
 * One of two schemes, chosen by the key option the caller passes, for a
 * provider whose receivers choose how deliveries are authenticated (Vapi: an
 * HMAC signature with `{ secret }`, or a Bearer credential with
 * `{ token }`; Gemini: Standard Webhooks with `{ secret }`, or Google's
 * token with `{ audience }`). The option names the scheme, never a header: a
 * sender cannot choose the weaker check. Both schemes read a timestamp, or
 * neither (the options' types, `tolerance` among them, are fixed before the
 * choice is made per call); where both do, the first's default tolerance is
 * the default, and each checks its own other times (a token's `exp`).
 *
 * @example
 * ```ts
 * const vapi = schemeByKeyOption(
 *   { option: 'secret', scheme: hmacScheme({ signatureHeader: 'x-signature', timestamp: { header: 'x-timestamp' } }) },
 *   { option: 'token', scheme: credentialScheme({ form: 'bearer' }), asSecret: true },
 * )
 * ```
 */
export function schemeByKeyOption<
  const A extends string,
  SA extends AnyScheme,
  const B extends string,
  SB extends AnyScheme,
  const RA extends boolean = false,
  const RB extends boolean = false,
>(first: KeyedChoice<A, SA, RA>, second: KeyedChoice<B, SB, RB>): KeyOptionScheme<A, SA, B, SB, RA, RB> {
  const choices = [first, second] as const
  const signsTime = first.scheme.signsTime
  if (second.scheme.signsTime !== signsTime) {
    throw new TypeError('hookproof: schemeByKeyOption: both schemes must read a timestamp, or neither.')
  }
  const both = `options.${first.option} or options.${second.option}`

  function choose(options: Readonly<Record<string, unknown>>, hint: KeyHint): 0 | 1 {
    const given = choices.map(({ option }) => options[option] !== undefined)
    if (given[0] && given[1]) {
      throw new TypeError(
        `hookproof: pass ${both}, not both: ${hint.name} deliveries are checked one way, the way you set up with ${hint.name}.`,
      )
    }
    if (!given[0] && !given[1]) {
      throw new TypeError(`hookproof: verify needs ${both}: the ${hint.name} credential you set up, e.g. ${hint.example}.`)
    }
    return given[0] ? 0 : 1
  }
  // A scheme that reads its key as `secret` sees it there.
  const innerOptions = (options: Readonly<Record<string, unknown>>, choice: 0 | 1) =>
    choices[choice].asSecret ? { ...options, secret: options[choices[choice].option] } : options

  return {
    signsTime: signsTime as SA['signsTime'] & SB['signsTime'],
    tolerance: signsTime ? first.scheme.tolerance : false,

    // The chosen scheme's; before a choice, both ways.
    headers(options) {
      const given = ([0, 1] as const).filter((choice) => options?.[choices[choice].option] !== undefined)
      if (given.length === 1) return choices[given[0]!].scheme.headers?.(innerOptions(options!, given[0]!)) ?? []
      return choices.flatMap(({ scheme }) => scheme.headers?.() ?? [])
    },

    keys(options, hint) {
      const choice = choose(options, hint)
      return choices[choice].scheme.keys(innerOptions(options, choice), hint).map((key: unknown) => ({ choice, key }))
    },

    parse(header, keys) {
      const choice = keys[0]!.choice
      const inner = choices[choice].scheme.parse(
        header,
        keys.map((key) => key.key),
      ) as { readonly timestamp?: number | undefined }
      return { choice, inner, timestamp: inner.timestamp }
    },

    checkTime(signed, window, now) {
      choices[signed.choice].scheme.checkTime?.(signed.inner, window, now)
    },

    verify(signed, body, key) {
      return key.choice === signed.choice && choices[key.choice].scheme.verify(signed.inner, body, key.key)
    },

    sign(body, options, time, hint) {
      const choice = choose(options, hint)
      return choices[choice].scheme.sign(body, innerOptions(options, choice), time, hint)
    },

    // The chosen scheme's own message, or the default.
    mismatch: (provider, keys) =>
      choices[keys[0]!.choice].scheme.mismatch?.(
        provider,
        keys.map((key) => key.key),
      ),
  }
}
