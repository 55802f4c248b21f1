/**
 * How the differential runs verify on both engines: items in batches, each
 * batch verified at once on one engine, then on the other. Web Crypto answers
 * from a thread pool, and one call at a time a run would mostly wait for it;
 * slow and stalled bodies wait side by side. The engine is swapped only when
 * a whole batch has settled, so each call sees one engine from start to end.
 */
import { engine, engines, setEngine } from '../engines.js'

/** Makes `count` items, runs each on every engine, and checks each with its results, one per engine in order. */
export async function onEachEngine<Item, Result>(
  count: number,
  size: number,
  make: (index: number) => Item,
  run: (item: Item) => Promise<Result>,
  check: (item: Item, results: readonly Result[]) => void,
): Promise<void> {
  const previous = engine()
  // The stack of every refusal costs more than the rest of a verify; nothing here reads one.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (let start = 0; start < count; start += size) {
      const batch = Array.from({ length: Math.min(size, count - start) }, (_, i) => make(start + i))
      const results: Result[][] = []
      for (const next of engines) {
        setEngine(next)
        results.push(await Promise.all(batch.map(run)))
      }
      for (const [i, item] of batch.entries())
        check(
          item,
          results.map((each) => each[i]!),
        )
    }
  } finally {
    setEngine(previous)
    Error.stackTraceLimit = stackTraceLimit
  }
}
