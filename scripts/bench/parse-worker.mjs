// Worker of `npm run bench` for the parse floor on several threads: parses the
// texts it is sent with remark-parse (+ frontmatter) and answers with the time.
import { parentPort } from 'node:worker_threads'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
parentPort.on('message', (texts) => {
  const start = process.hrtime.bigint()
  for (const text of texts) processor.parse(text)
  parentPort.postMessage(Number(process.hrtime.bigint() - start) / 1e6)
})
