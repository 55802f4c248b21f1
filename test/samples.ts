/** The CLI's built-in sample events: one per event of every provider, typed against the event types. */
export * from '../src/cli/samples.js'
