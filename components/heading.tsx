// Headings in MDX get stable ids and a visible permalink anchor.
import { slugify } from '@/lib/slug';

export { slugify };

/** The plain text of a React node, for labels built from rendered content. */
export const textOf = (node: React.ReactNode): string => {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node)
    return textOf((node.props as { children?: React.ReactNode }).children);
  return '';
};

export function AnchoredHeading({
  as: Tag,
  id,
  children,
}: {
  as: 'h2' | 'h3';
  id?: string;
  children: React.ReactNode;
}) {
  const anchor = id ?? slugify(textOf(children));
  return (
    <Tag id={anchor}>
      {children}
      <a href={`#${anchor}`} className="heading-anchor" aria-label={`Link to this section: ${textOf(children)}`}>
        #
      </a>
    </Tag>
  );
}

export const headingComponents = {
  h2: ({ children }: { children?: React.ReactNode }) => <AnchoredHeading as="h2">{children}</AnchoredHeading>,
  h3: ({ children }: { children?: React.ReactNode }) => <AnchoredHeading as="h3">{children}</AnchoredHeading>,
};
