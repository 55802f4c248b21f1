/**
 * Whether `value` is a promise, from this realm or another: inside a sandbox
 * (the edge runtime's VM) `crypto.subtle` and `Request` answer with the
 * host's promises, which `instanceof Promise` does not recognise.
 */
export function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function'
}
