import { importedArticleSchema } from '../schema/article.ts';
import { toFrontMatter, type ArticleContext } from './article-record.ts';
import { paragraphsToMarkdown } from './markdown-body.ts';
import type { ParsedArticle } from './parse-article.ts';
import { planWrite, type WritePlan } from './plan-write.ts';

/** Everything needed to decide an article file's new text; plain data, so a worker can take it. */
export interface FormatTask {
  article: ParsedArticle;
  context: ArticleContext;
  /** The file already at the article's path, or null. */
  existing: string | null;
  force: boolean;
}

/**
 * The CPU-heavy half of importing an article: topic suggestions, the front matter (checked
 * against the collection's schema), the Markdown body, and the write plan. `writeBody` is
 * there for the test that compares the body's fast path with remark-stringify's.
 */
export function formatArticle(
  { article, context, existing, force }: FormatTask,
  writeBody: (paragraphs: readonly string[]) => string = paragraphsToMarkdown,
): WritePlan {
  const data = toFrontMatter(article, context);
  const checked = importedArticleSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`article ${context.position} ("${article.title.slice(0, 60)}"): ${issue?.path.join('.')} ${issue?.message}`);
  }
  return planWrite(existing, data, writeBody(article.paragraphs), { force });
}
