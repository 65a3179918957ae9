import { describe, expect, it } from 'vitest'
import { quotes } from '../_run.js'

describe('es-heisst', () => {
  it('gives `verlauten lassen` to the subject of `lassen`, a named body in its genitive included', () => {
    expect(quotes('Außerdem ließ der Pressedienst des russischen Außenministeriums verlauten, dass über die Grenze beraten werde.')[0]).toMatchObject({ attribution: 'es-heisst', text: 'dass über die Grenze beraten werde', speaker: 'aussenministerium-russlands' })
    expect(quotes('Die Nato ließ verlauten, dass über die Grenze beraten werde.')[0]).toMatchObject({ attribution: 'es-heisst', speaker: 'nato' })
  })
  it('keeps an unnamed subject of `lassen` unnamed, and a plain `verlautete` with its `aus` phrase', () => {
    expect(quotes('Außerdem ließ der Pressedienst verlauten, dass über die Grenze beraten werde.')[0]).toMatchObject({ speaker: null, description: 'der Pressedienst' })
    expect(quotes('Aus dem Kreml verlautete, dass über die Grenze beraten werde.')[0]).toMatchObject({ attribution: 'es-heisst', speaker: 'kreml' })
  })
})
