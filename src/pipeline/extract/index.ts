export { extract } from './extract.js'
export type { ExtractInput, Extraction } from './extract.js'
export { toEvalOutput } from './eval-output.js'
export { extractorVersion } from './version.js'
