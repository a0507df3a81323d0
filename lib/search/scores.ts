// How much each kind of evidence is worth. An exact key must beat anything the other layers add up to, a fitted
// message must beat a code that merely shares its words, and word scores stay below `text` + `titleCover`.
// The examples below are made up to show the shape of a query; none is a written search case.
export const SCORE = {
  code: 1000,
  name: 950,
  provider: 700,
  /** The whole query is a code or name once spaces count as separators (`some name` for SOME_NAME). */
  spacedKey: 700,
  /** The query's words, allowing inflections and typos, are exactly a code's or name's parts… */
  nearKey: 560,
  /** …or exactly its title's words, one of them misspelt. */
  nearTitle: 400,
  /** The query is a code's title; titles repeat across APIs, so below a code. */
  title: 450,
  /** One word of a longer query is a code or name (an API name and a code). */
  codeWord: 300,
  nameWord: 280,
  providerWord: 200,
  /** The query starts a code or name (`SOME NA` → SOME_NAME_X); scaled by how much it covers. */
  keyPrefix: 250,
  /** The code or name typed with its exact casing, where two APIs use the same name in different cases. */
  exactCase: 20,
  /** The query is a message a code documents. */
  message: 620,
  /** The query fits a template whole; plus up to `templateFixed` for templates with more fixed text. */
  templateWhole: 300,
  templateFixed: 250,
  /** The query holds a fitted template inside longer pasted text (a JSON line, a log entry). */
  templateInside: 250,
  /** The query holds a documented message inside longer pasted text. */
  messageInside: 450,
  /** The query is part of a documented message; scaled by how much of it. */
  messagePart: 260,
  /** Words: rarity-weighted matches over what the query could have matched, scaled by coverage. */
  text: 220,
  /** Share of the code's title and code words the query matched. */
  titleCover: 30,
  /** Share of the query's words a code's title or a section's heading holds: above prose that holds them all. */
  heading: 100,
  /** The query's words, or an identifier it holds, written together in the page: below a heading that matches. */
  phrase: 50,
  /** The query names one of the code's HTTP statuses among other words. */
  status: 40,
  /** The query is a status or a class and nothing else but filler words and API names; below an exact code. */
  statusQuery: 600,
  /** The query names the code's API. */
  api: 30,
} as const;

/** Word weight by tier: title, code and name; messages and meaning; causes, solutions and group titles. */
export const TIER_WEIGHTS = [3, 2, 1] as const;

/**
 * The relevance floor: a hit scoring under this share of the best hit, or under the minimum, is left out. A word match
 * in prose is worth a small fraction of an exact key, so next to an exact code the loose matches drop out; among word
 * matches only, the share keeps those that found the query's words about as well as the best. A hit must also hold
 * `shareOfTerms` of the query words that the best-covered hit holds, unless a key, message or status vouches for it.
 */
export const FLOOR = { minimum: 20, shareOfBest: 0.2, shareOfTerms: 0.6 } as const;
