// The one list of MDX components a guide may use. Per component: its props (zod), the catalog references those props
// make, the data both renders read, and its Markdown render. components/mdx.tsx maps the same names to React renders,
// and `npm run check` validates every use against this list, so page, twin and check cannot disagree.
import { z } from 'zod';
import type { Catalog, CodeValue, ErrorCode } from '@/lib/catalog';
import { catalogQuery, findCode } from '@/lib/catalog';
import { exampleView, type ExampleView } from '@/lib/view/example-response';
import { schemaKeys } from '@/lib/authoring/schema-keys';
import * as md from '@/lib/markdown/blocks';
import { inlineCode, mdTable } from '@/lib/markdown/format';

const CodeProp = z.union([z.number().int(), z.string().min(1)], {
  error: (iss) =>
    iss.input === undefined
      ? 'missing'
      : `expected a code (a number or a non-empty string), got ${JSON.stringify(iss.input)}`,
});
const NoProps = z.strictObject({});

type Entry<P extends z.ZodType, V> = {
  props: P;
  /** False for components that read no catalog (they may appear on pages outside any API). */
  needsCatalog: boolean;
  /** What is wrong with the catalog references the props make (unknown code, group, example); empty when none. */
  references: (catalog: Catalog, props: z.output<P>) => string[];
  /** The data the React and Markdown renders both read; called only when `references` found nothing. */
  view: (catalog: Catalog, props: z.output<P>) => V;
  markdown: (catalog: Catalog, view: V) => string;
};

const define = <P extends z.ZodType, V>(entry: Entry<P, V>) => entry;

/** A component that shows one of the catalog's reference blocks, with no props. */
const block = (markdown: (catalog: Catalog) => string) =>
  define({
    props: NoProps,
    needsCatalog: true,
    references: () => [],
    view: (catalog) => catalog,
    markdown: (catalog) => markdown(catalog),
  });

const unknownCode = (catalog: Catalog, code: CodeValue) =>
  findCode(catalog, code) ? [] : [`unknown code ${String(code)} (not in ${catalog.file})`];

export const mdxRegistry = {
  ErrorTable: define({
    props: z.strictObject({ group: z.string().min(1).optional() }),
    needsCatalog: true,
    references: (catalog, { group }) =>
      group === undefined || catalogQuery(catalog).byGroup(group)
        ? []
        : [`unknown group "${group}" (groups: ${catalog.groups.map((g) => g.id).join(', ')})`],
    view: (catalog, { group }) => {
      const found = group === undefined ? undefined : catalogQuery(catalog).byGroup(group);
      return {
        codes: found ? catalogQuery(catalog).codesOfGroup(found.id) : catalog.codes,
        caption: found ? `${found.title} (${catalog.name})` : `All ${catalog.name} error codes`,
      };
    },
    markdown: (catalog, view) => md.errorTable(catalog, view.codes),
  }),
  GroupList: block(md.groupList),
  FieldReference: block(md.fieldReference),
  ContextFields: block(md.contextFields),
  HeaderTable: block(md.headerTable),
  ShapeList: block(md.shapeList),
  RetryTable: block(md.retryTable),
  StatusRules: block(md.statusRules),
  Backoff: block(md.backoff),
  ExampleResponse: define({
    props: z
      .strictObject({ id: z.string().min(1).optional(), code: CodeProp.optional() })
      .refine((p) => (p.id === undefined) !== (p.code === undefined), 'give either id or code, not both'),
    needsCatalog: true,
    references: (catalog, { id, code }) => {
      if (id !== undefined) return catalogQuery(catalog).example(id) ? [] : [`unknown example "${id}"`];
      if (code === undefined) return [];
      const problems = unknownCode(catalog, code);
      if (problems.length === 0 && catalogQuery(catalog).examplesFor(code).length === 0)
        problems.push(`code ${String(code)} has no example in ${catalog.file}`);
      return problems;
    },
    view: (catalog, { id, code }): ExampleView =>
      exampleView(
        catalog,
        id !== undefined ? catalogQuery(catalog).example(id)! : catalogQuery(catalog).examplesFor(code!)[0],
      ),
    markdown: (_catalog, view) => md.exampleResponse(view),
  }),
  Code: define({
    props: z.strictObject({ code: CodeProp }),
    needsCatalog: true,
    references: (catalog, { code }) => unknownCode(catalog, code),
    view: (catalog, { code }): ErrorCode => findCode(catalog, code)!,
    markdown: (catalog, entry) => md.codeLink(catalog, entry.code),
  }),
  Snippet: define({
    props: z.strictObject({ code: CodeProp }),
    needsCatalog: true,
    references: (catalog, { code }) => unknownCode(catalog, code),
    view: (catalog, { code }): ErrorCode => findCode(catalog, code)!,
    markdown: (catalog, entry) => md.snippets(catalog, entry),
  }),
  SchemaKeys: define({
    props: NoProps,
    needsCatalog: false,
    references: () => [],
    view: () => schemaKeys(),
    markdown: (_catalog, keys) =>
      mdTable(
        ['Key', 'Required', 'Value', 'Members (? = optional)'],
        keys.map((k) => [
          inlineCode(k.key),
          k.required ? 'Yes' : 'No',
          k.type,
          k.keys.length ? inlineCode(k.keys.join(', ')) : '—',
        ]),
      ),
  }),
};

export type MdxComponentName = keyof typeof mdxRegistry;
/** The data a component's renders read, e.g. the codes and caption of an ErrorTable. */
export type MdxView<K extends MdxComponentName> = ReturnType<(typeof mdxRegistry)[K]['view']>;

export const mdxComponentNames = Object.keys(mdxRegistry) as MdxComponentName[];

export const isMdxComponent = (name: string): name is MdxComponentName => Object.hasOwn(mdxRegistry, name);

type AnyEntry = Entry<z.ZodType, unknown>;

/** Problems with one use of a component (bad props, unknown references), each a short message without location. */
export function problemsOfUse(
  name: MdxComponentName,
  catalog: Catalog | null,
  props: Record<string, unknown>,
): string[] {
  const entry = mdxRegistry[name] as unknown as AnyEntry;
  const parsed = entry.props.safeParse(props);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown prop${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
      return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
    });
  }
  if (!entry.needsCatalog) return [];
  if (!catalog) return ["needs an API's catalog, and this page has none"];
  return entry.references(catalog, parsed.data);
}

/** The view of one use, for a render; throws with the problems when the use is invalid (the check reports them first). */
export function viewOf<K extends MdxComponentName>(
  name: K,
  catalog: Catalog | null,
  props: Record<string, unknown>,
): MdxView<K> {
  const problems = problemsOfUse(name, catalog, props);
  if (problems.length) throw new Error(`<${name}>: ${problems.join('; ')}`);
  const entry = mdxRegistry[name] as unknown as AnyEntry;
  return entry.view(catalog as Catalog, entry.props.parse(props)) as MdxView<K>;
}

/** The Markdown of one use. */
export function markdownOf(name: MdxComponentName, catalog: Catalog | null, props: Record<string, unknown>): string {
  const entry = mdxRegistry[name] as unknown as AnyEntry;
  return entry.markdown(catalog as Catalog, viewOf(name, catalog, props));
}
