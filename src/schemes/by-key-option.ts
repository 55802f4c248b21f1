import type { KeyHint } from './secret.js'
import type { AnyScheme, Scheme, SignKeysOf, VerifyKeysOf } from './scheme.js'

/** One of the schemes a {@link schemeByKeyOption} scheme chooses from, and the option that chooses it. */
export interface KeyedChoice<Option extends string, Inner extends AnyScheme> {
  /**
   * The caller's option that selects this scheme, passed to it as its
   * `secret`: `'secret'` for an HMAC secret, `'token'` for a Bearer token.
   */
  readonly option: Option
  readonly scheme: Inner
}

type Renamed<Keys, Option extends string> = Option extends 'secret'
  ? Keys
  : Omit<Keys, 'secret'> & { readonly [Name in Option]: Keys extends { readonly secret: infer Value } ? Value : never } & {
      readonly secret?: undefined
    }
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
export type KeyOptionScheme<A extends string, SA extends AnyScheme, B extends string, SB extends AnyScheme> = Scheme<
  ChosenKey,
  ChosenSigned,
  Only<Renamed<VerifyKeysOf<SA>, A>, B> | Only<Renamed<VerifyKeysOf<SB>, B>, A>,
  Only<Renamed<SignKeysOf<SA>, A>, B> | Only<Renamed<SignKeysOf<SB>, B>, A>,
  false
>

/**
 * One of two schemes, chosen by the key option the caller passes, for a
 * provider whose receivers choose how deliveries are authenticated (Vapi: an
 * HMAC signature with `{ secret }`, or a Bearer credential with
 * `{ token }`). The option names the scheme, never a header: a sender cannot
 * choose the weaker check. Neither scheme may read a timestamp (the choice
 * is made per call, the options' types before it).
 *
 * @example
 * ```ts
 * const vapi = schemeByKeyOption(
 *   { option: 'secret', scheme: hmacScheme({ signatureHeader: 'x-signature', timestamp: { header: 'x-timestamp' } }) },
 *   { option: 'token', scheme: credentialScheme({ form: 'bearer' }) },
 * )
 * ```
 */
export function schemeByKeyOption<const A extends string, SA extends AnyScheme, const B extends string, SB extends AnyScheme>(
  first: KeyedChoice<A, SA>,
  second: KeyedChoice<B, SB>,
): KeyOptionScheme<A, SA, B, SB> {
  const choices = [first, second] as const
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
  // The chosen scheme sees its key as `secret`, as it reads it.
  const innerOptions = (options: Readonly<Record<string, unknown>>, choice: 0 | 1) =>
    choice === 0 && first.option === 'secret' ? options : { ...options, secret: options[choices[choice].option] }

  return {
    signsTime: false,
    tolerance: false,

    keys(options, hint) {
      const choice = choose(options, hint)
      return choices[choice].scheme.keys(innerOptions(options, choice), hint).map((key: unknown) => ({ choice, key }))
    },

    parse(header, keys) {
      const choice = keys[0]!.choice
      const inner = choices[choice].scheme.parse(
        header,
        keys.map((key) => key.key),
      ) as { readonly timestamp?: number }
      return { choice, inner, timestamp: undefined }
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
