import { inlineSegments } from '@/lib/inline-text';
import { withBase } from '@/lib/site';

/**
 * Renders catalog prose with its `code`, **bold** and [link](/path/) marks as elements. With `links={false}`
 * (sentences that may quote pasted text), a link mark renders as its plain text.
 */
export function InlineText({ text, links = true }: { text: string; links?: boolean }) {
  return (
    <>
      {inlineSegments(text).map((s, i) => {
        if (s.kind === 'code') return <code key={i}>{s.text}</code>;
        if (s.kind === 'strong') return <strong key={i}>{s.text}</strong>;
        if (s.kind === 'link')
          return links ? (
            <a key={i} href={withBase(s.href)}>
              {s.text}
            </a>
          ) : (
            <span key={i}>{`[${s.text}](${s.href})`}</span>
          );
        return <span key={i}>{s.text}</span>;
      })}
    </>
  );
}
