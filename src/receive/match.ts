/**
 * The one rule that tells senders apart by their headers, for `receive`,
 * `detectProviders` and `hookproof doctor`: a provider matches a delivery that
 * carries every header of one of its ways of signing, and the match naming
 * the most headers wins (Pollo's `X-Webhook-Id` beside a signature and a
 * timestamp tells it from a sender of those two alone). Never a key: trying
 * secrets across providers would turn one endpoint into an oracle for all
 * of them.
 */
import type { HeaderLookup } from '../http/headers.js'
import type { HeaderSets } from '../schemes/scheme.js'

/** @internal A provider as matching sees it. */
export interface Candidate<Id extends string = string> {
  readonly id: Id
  /** The headers, lower case, its deliveries carry: one list per way of signing. */
  readonly sets: HeaderSets
}

/** @internal A candidate that matched, and the headers it matched on. */
export interface Match<Id extends string = string> {
  readonly id: Id
  readonly headers: readonly string[]
}

/** @internal The candidates the delivery carries every header of one way of, those naming the most headers first, then by id. */
export function matching<Id extends string>(header: HeaderLookup, candidates: readonly Candidate<Id>[]): Match<Id>[] {
  const found: Match<Id>[] = []
  for (const { id, sets } of candidates) {
    let best: readonly string[] | undefined
    for (const set of sets) {
      if (set.length > (best?.length ?? 0) && set.every((name) => header(name) !== undefined)) best = set
    }
    if (best) found.push({ id, headers: best })
  }
  // Ids are unique: two never compare equal.
  return found.sort((a, b) => b.headers.length - a.headers.length || (a.id < b.id ? -1 : 1))
}

/** @internal Headers two candidates' deliveries both carry as a whole way of signing: nothing in such a delivery tells them apart. */
export function sharedHeaders(a: Candidate, b: Candidate): readonly string[] | undefined {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((name) => y.includes(name))
  return a.sets.find((set) => b.sets.some((other) => same(set, other)))
}
