import { inlineSegments } from '@/lib/inline-text';
import { withBase } from '@/lib/site';

/** Renders catalog prose with its `code`, **bold** and [link](/path/) marks as elements. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {inlineSegments(text).map((s, i) => {
        if (s.kind === 'code') return <code key={i}>{s.text}</code>;
        if (s.kind === 'strong') return <strong key={i}>{s.text}</strong>;
        if (s.kind === 'link') return <a key={i} href={withBase(s.href)}>{s.text}</a>;
        return <span key={i}>{s.text}</span>;
      })}
    </>
  );
}
