// Heading ids: one rule for the rendered guide headings and the search index's links to them.
export const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[`'"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
