// The error every content check throws: a list of located problems, one line each, printed by `npm run check`.
export class CatalogError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CatalogError';
  }
}
