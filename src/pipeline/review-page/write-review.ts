import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type LoadedReviews, loadReviews } from './load-review.js'
import { renderArticlePage, renderIndexPage } from './render-page.js'
import type { ReviewArticle } from './review-data.js'

/** Result of `writeReviewPages`. */
export interface WrittenReview extends LoadedReviews {
  /** Paths of the pages written, the index first. */
  readonly pages: string[]
}

/** The file name of an article's page: its id (made of `[a-z0-9-]`) with `.html`. */
export function pageFile(review: ReviewArticle): string {
  return `${review.id.replace(/[^\w-]/g, '_')}.html`
}

/**
 * `korpus review`: write a static HTML page per article and an index into a
 * folder. Pages need nothing but a browser: no scripts, and every style inline.
 *
 * @param inputs
 *   Article ids and paths (none: every article of the corpus).
 * @param options
 *   The project folder and the folder to write into.
 * @returns
 *   The reviews, files with messages and the pages written.
 * @example
 *   await writeReviewPages(['2021-11-01-russland-kappt-die-verbindungen-zur-nato'], { cwd: '.', outDir: 'review' })
 */
export async function writeReviewPages(inputs: readonly string[], options: { cwd: string; outDir: string }): Promise<WrittenReview> {
  const loaded = await loadReviews(inputs, { cwd: options.cwd })
  await mkdir(options.outDir, { recursive: true })
  const pages = [join(options.outDir, 'index.html')]
  await writeFile(pages[0]!, renderIndexPage(loaded.articles, pageFile))
  for (const review of loaded.articles) {
    const path = join(options.outDir, pageFile(review))
    await writeFile(path, renderArticlePage(review))
    pages.push(path)
  }
  return { ...loaded, pages }
}
