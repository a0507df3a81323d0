// Where the source pages live: ../shared/seeds beside the repository (as laid out for sessions and CI),
// or CODEBOOK_SEEDS_DIR. Tests that compare catalogs with their sources read from here.
import path from 'node:path';

export const SEEDS_DIR = path.resolve(
  process.env.CODEBOOK_SEEDS_DIR ?? path.join(process.cwd(), '..', 'shared', 'seeds'),
);
