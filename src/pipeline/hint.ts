import type { KeyHint } from '../schemes/secret.js'
import type { AnyDefinition } from './definition.js'

/** How messages suggest passing the secret: `{ secret: process.env.EVERSINCE_WEBHOOK_SECRET }`. */
export function keyHint({ name, secretEnv }: AnyDefinition): KeyHint {
  return { name, example: `{ secret: process.env.${secretEnv ?? `${name.toUpperCase().replace(/\W+/g, '_')}_WEBHOOK_SECRET`} }` }
}
