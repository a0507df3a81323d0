// Markdown twins of the site's pages, for assistants and for "Copy page as Markdown"; see llms.ts for the files built from them.
export { codeMarkdown, tableMarkdown } from './code';
export { guideMarkdown, mdxToMarkdown } from './guide';
export { apiTwins, llmsFullTxt, llmsTxt, type Twin } from './llms';
export { twinPath } from './format';
