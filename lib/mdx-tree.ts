// Parses a guide's MDX into its syntax tree (never evaluating it) and reads JSX props as plain values, so the check,
// the Markdown twin and the registry see the same props whatever JSX syntax the author chose.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

type EstreeNode = {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeNode;
  expression?: EstreeNode;
  expressions?: EstreeNode[];
  quasis?: Array<{ value: { cooked?: string | null } }>;
  properties?: EstreeNode[];
  key?: EstreeNode & { name?: string };
  computed?: boolean;
  kind?: string;
  method?: boolean;
  elements?: Array<EstreeNode | null>;
  body?: EstreeNode[];
};

type AttributeValue = { value: string; data?: { estree?: EstreeNode } };

export type MdxNode = {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  depth?: number;
  value?: string;
  attributes?: Array<{
    type: string;
    name?: string;
    value?: string | null | AttributeValue;
    data?: { estree?: EstreeNode };
  }>;
  data?: { estree?: EstreeNode };
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } };
  children?: MdxNode[];
};

/** A prop value as the author wrote it: only literals, so a page's data can be checked without running code. */
export type PropValue = string | number | boolean | null | PropValue[];
export type Props = Record<string, PropValue>;

/** The problem with a JSX expression that is not a literal. */
export class NotLiteral extends Error {}

/** The value of a literal expression: strings, numbers, booleans, null, `-1`, template strings without `${}`, arrays. */
function literal(node: EstreeNode | undefined): PropValue {
  if (!node) throw new NotLiteral('an empty expression');
  switch (node.type) {
    case 'Literal':
      if (node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value))
        return node.value as PropValue;
      break;
    case 'TemplateLiteral':
      if (
        node.expressions?.length === 0 &&
        node.quasis?.length === 1 &&
        typeof node.quasis[0].value.cooked === 'string'
      )
        return node.quasis[0].value.cooked;
      break;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument?.type === 'Literal' && typeof node.argument.value === 'number')
        return -node.argument.value;
      break;
    case 'ArrayExpression':
      return (node.elements ?? []).map((e) => literal(e ?? undefined));
  }
  throw new NotLiteral('not a literal value (write a string, a number or true/false)');
}

/** Props of an object literal (`{...{ group: "x" }}` spreads); any computed or non-literal member is refused. */
function objectProps(node: EstreeNode | undefined, into: Props): void {
  if (node?.type !== 'ObjectExpression') throw new NotLiteral('a spread of something other than an object literal');
  for (const property of node.properties ?? []) {
    if (property.type === 'SpreadElement') objectProps(property.argument, into);
    else if (
      property.type === 'Property' &&
      !property.computed &&
      property.kind === 'init' &&
      !property.method &&
      property.key
    ) {
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
      if (typeof key !== 'string') throw new NotLiteral('a computed prop name');
      into[key] = literal(property.value as EstreeNode);
    } else throw new NotLiteral('an object member that is not `name: literal`');
  }
}

/** A JSX element's props as values; throws NotLiteral naming the prop that is not a literal. */
export function propsOf(node: MdxNode): Props {
  const out: Props = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      const expression = attr.data?.estree?.body?.[0]?.expression;
      try {
        // `{...x}` parses as the object expression `{...x}`: its members are the spread's.
        objectProps(expression, out);
      } catch (error) {
        throw new NotLiteral(`spread {${String(attr.value)}}: ${(error as Error).message}`);
      }
      continue;
    }
    if (!attr.name) continue;
    // JSX keeps the last of two; the author meant one of them.
    if (Object.hasOwn(out, attr.name)) throw new NotLiteral(`prop ${attr.name} is given twice; keep one`);
    const value = attr.value;
    if (value === null || value === undefined) out[attr.name] = true;
    else if (typeof value === 'string') out[attr.name] = value;
    else {
      try {
        const body = value.data?.estree?.body ?? [];
        if (body.length !== 1) throw new NotLiteral('not a single literal value');
        out[attr.name] = literal(body[0].expression);
      } catch (error) {
        throw new NotLiteral(`${attr.name}={${value.value.trim()}}: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

/** The MDX syntax tree of a guide body; throws the parser's error, which carries `line`. */
export const parseMdx = (body: string) =>
  unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as MdxNode;

export const isJsxElement = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
