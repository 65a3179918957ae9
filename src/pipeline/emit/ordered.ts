import type * as v from 'valibot'

interface Node {
  type?: string
  entries?: Record<string, Node>
  item?: Node
  wrapped?: Node
  value?: Node
}

/**
 * A copy of `value` with object keys in the order the schema declares them,
 * recursively, so every line of a data file has the same field order whatever
 * order the build assembled it in. Keys the schema does not know come last
 * (there are none in valid data: the schemas are strict).
 *
 * @param schema
 *   valibot schema of `value`.
 * @param value
 *   A record that satisfies it.
 * @returns
 *   The record with ordered keys.
 */
export function ordered<T>(schema: v.GenericSchema, value: T): T {
  return order(schema as Node, value) as T
}

function order(schema: Node | undefined, value: unknown): unknown {
  if (!schema || value === null || typeof value !== 'object') return value
  if (schema.wrapped) return order(schema.wrapped, value)
  if (Array.isArray(value)) return value.map((item) => order(schema.item, item))
  const record = value as Record<string, unknown>
  if (schema.entries) {
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(schema.entries)) if (key in record) result[key] = order(schema.entries[key], record[key])
    for (const key of Object.keys(record)) if (!(key in result)) result[key] = record[key]
    return result
  }
  if (schema.type === 'record') {
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, order(schema.value, item)]))
  }
  return value
}
