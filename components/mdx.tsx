// The typed MDX component map. React context is unavailable in server components, so page data (the catalog)
// reaches MDX by binding it here, per page; a component used with a catalog-less map throws.
import type { MDXComponents } from 'mdx/types';
import type { Catalog } from '@/lib/catalog';
import { codePath, findCode } from '@/lib/catalog';
import { examplesFor } from '@/lib/catalog/examples';
import { ErrorTable as CodeTable } from './catalog/error-table';
import { ExampleResponse as ExampleBlock } from './catalog/example-response';
import { Backoff, ContextFields, FieldReference, GroupList, HeaderTable, RetryTable, StatusRules } from './catalog/reference-tables';
import { ShapeList } from './catalog/shape-list';
import { SnippetTabs } from './snippets/snippet-tabs';
import { baseMdxComponents } from './mdx-base';
import { withBase } from '@/lib/site';

type CodeProp = { code: string | number };

export function mdxComponents(catalog: Catalog) {
  const entry = (code: string | number) => {
    const found = findCode(catalog, code);
    if (!found) throw new Error(`${catalog.file}: MDX references unknown code ${code}`);
    return found;
  };
  return {
    ...baseMdxComponents,
    ErrorTable: ({ group }: { group?: string }) => {
      const g = catalog.groups.find((x) => x.id === group);
      const codes = group ? catalog.codes.filter((c) => c.group === group) : catalog.codes;
      return <CodeTable catalog={catalog} codes={codes} caption={g ? `${g.title} (${catalog.name})` : `All ${catalog.name} error codes`} />;
    },
    GroupList: () => <GroupList catalog={catalog} />,
    FieldReference: () => <FieldReference catalog={catalog} />,
    ContextFields: () => <ContextFields catalog={catalog} />,
    HeaderTable: () => <HeaderTable catalog={catalog} />,
    ShapeList: () => <ShapeList catalog={catalog} />,
    RetryTable: () => <RetryTable catalog={catalog} />,
    StatusRules: () => <StatusRules catalog={catalog} />,
    Backoff: () => <Backoff catalog={catalog} />,
    ExampleResponse: ({ id, code }: { id?: string; code?: string | number }) => {
      const example = id ? catalog.examples.find((e) => e.id === id) : code !== undefined ? examplesFor(catalog, entry(code).code)[0] : undefined;
      if (!example) throw new Error(`${catalog.file}: MDX asks for an example that does not exist (${id ?? code})`);
      return <ExampleBlock catalog={catalog} example={example} />;
    },
    Code: ({ code }: CodeProp) => {
      const found = entry(code);
      return (
        <a href={withBase(codePath(catalog.id, found.code))} title={found.title} className="font-mono">
          {String(found.code)}
        </a>
      );
    },
    Snippet: ({ code }: CodeProp) => <SnippetTabs catalog={catalog} entry={entry(code)} />,
  } satisfies MDXComponents;
}
