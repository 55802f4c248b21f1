/**
 * What a verify (or sign) came to, as one string a test can compare: `ok`,
 * the error code, or the TypeError's message.
 */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'ok'
  } catch (error) {
    return (error as { code?: string }).code ?? (error instanceof TypeError ? `TypeError: ${error.message}` : String(error))
  }
}
