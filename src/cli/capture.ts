/**
 * Captured deliveries, as people copy them: headers as a JSON object or as
 * raw `Name: value` lines from a log or a request inspector (a request line
 * such as `POST /webhook HTTP/1.1` is skipped).
 */
export function parseHeaders(text: string): Record<string, string> {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    const parsed = JSON.parse(trimmed) as unknown
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('the headers file is JSON but not an object')
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(parsed)) {
      headers[name] = Array.isArray(value) ? value.map(String).join(', ') : String(value)
    }
    return headers
  }
  const headers: Record<string, string> = {}
  for (const line of trimmed.split(/\r?\n/)) {
    if (line.trim() === '' || /^[A-Z]+ \S+ HTTP\/[\d.]+$/.test(line.trim())) continue
    const colon = line.indexOf(':')
    if (colon <= 0) throw new Error(`not a "Name: value" header line: ${JSON.stringify(line.slice(0, 60))}`)
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value
  }
  return headers
}
