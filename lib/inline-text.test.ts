import { describe, expect, it } from 'vitest';
import { inlineSegments, plainText } from './inline-text';

describe('inline catalog prose', () => {
  it('splits code, bold and links', () => {
    expect(inlineSegments('Read `retry_after` or **wait**; see [retries](/chert/retries/).')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'code', text: 'retry_after' },
      { kind: 'text', text: ' or ' },
      { kind: 'strong', text: 'wait' },
      { kind: 'text', text: '; see ' },
      { kind: 'link', text: 'retries', href: '/chert/retries/' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('leaves HTML as text and strips marks for plain contexts', () => {
    expect(inlineSegments('<script>x</script>')).toEqual([{ kind: 'text', text: '<script>x</script>' }]);
    expect(plainText('Use `rich_link` parts')).toBe('Use rich_link parts');
  });
});
