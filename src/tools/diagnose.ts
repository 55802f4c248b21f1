/**
 * Why a delivery fails verification, from code: the diagnosis
 * `hookproof doctor` makes, as data with a message and a fix.
 *
 * @example
 * ```ts
 * import { diagnose } from 'hookproof/diagnose'
 *
 * const diagnosis = await diagnose({ headers, body }, 'magichour', { secret })
 * if (!diagnosis.ok) console.warn(diagnosis.cause, diagnosis.message, diagnosis.fix)
 * ```
 *
 * @module
 */
export { type DiagnosableProvider, type Diagnosis, type DiagnosisCause, diagnose } from '../diagnose/diagnose.js'
