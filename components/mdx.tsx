// The typed MDX component map: one React render per component of lib/mdx-registry.ts, which validates the props and
// builds the data each render reads. React context is unavailable in server components, so the page's catalog is bound
// here, per page. A component missing from (or extra to) the registry is a type error below.
import type { ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Catalog } from '@/lib/catalog';
import { codePath } from '@/lib/catalog';
import { mdxComponentNames, viewOf, type MdxComponentName, type MdxView } from '@/lib/mdx-registry';
import { ErrorTable as CodeTable } from './catalog/error-table';
import { ExampleResponse as ExampleBlock } from './catalog/example-response';
import {
  Backoff,
  ContextFields,
  FieldReference,
  GroupList,
  HeaderTable,
  RetryTable,
  StatusRules,
} from './catalog/reference-tables';
import { ShapeList } from './catalog/shape-list';
import { SchemaKeys } from './schema-keys';
import { SnippetTabs } from './snippets/snippet-tabs';
import { baseMdxComponents } from './mdx-base';
import { withBase } from '@/lib/site';

type Renders = { [K in MdxComponentName]: (view: MdxView<K>, catalog: Catalog) => ReactNode };

const renders: Renders = {
  ErrorTable: ({ codes, caption }, catalog) => <CodeTable catalog={catalog} codes={codes} caption={caption} />,
  GroupList: (catalog) => <GroupList catalog={catalog} />,
  FieldReference: (catalog) => <FieldReference catalog={catalog} />,
  ContextFields: (catalog) => <ContextFields catalog={catalog} />,
  HeaderTable: (catalog) => <HeaderTable catalog={catalog} />,
  ShapeList: (catalog) => <ShapeList catalog={catalog} />,
  RetryTable: (catalog) => <RetryTable catalog={catalog} />,
  StatusRules: (catalog) => <StatusRules catalog={catalog} />,
  Backoff: (catalog) => <Backoff catalog={catalog} />,
  ExampleResponse: (view) => <ExampleBlock view={view} />,
  Code: (entry, catalog) => (
    <a href={withBase(codePath(catalog.id, entry.code))} title={entry.title} className="font-mono">
      {String(entry.code)}
    </a>
  ),
  Snippet: (entry, catalog) => <SnippetTabs catalog={catalog} entry={entry} />,
  SchemaKeys: (keys) => <SchemaKeys keys={keys} />,
};

/** The components of a page: shared elements plus every registered component bound to the page's catalog (or none). */
export function mdxComponents(catalog: Catalog | null): MDXComponents {
  const bound = mdxComponentNames.map((name) => {
    const render = renders[name] as (view: unknown, catalog: Catalog | null) => ReactNode;
    const Component = (props: Record<string, unknown>) => render(viewOf(name, catalog, props), catalog);
    Component.displayName = name;
    return [name, Component] as const;
  });
  return { ...baseMdxComponents, ...Object.fromEntries(bound) };
}
