// Links in catalog prose and guides: only http(s), mailto and site-relative targets pass, however a script link is dressed.
import { describe, expect, it } from 'vitest';
import { linkProblem, linksInProse } from './links';

describe('linkProblem', () => {
  it.each([
    '/chert/errors/1007/',
    '/chert/#retries',
    '#fields',
    'https://example.com/errors',
    'http://example.com',
    'mailto:support@example.com',
  ])('allows %s', (href) => expect(linkProblem(href)).toBeUndefined());

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '&amp;#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/\\evil.example/',
    'https:/evil.example',
    'errors/1007/',
    '',
  ])('refuses %j', (href) => expect(linkProblem(href)).toBeDefined());
});

describe('linksInProse', () => {
  it('finds inline links, autolinks, reference definitions and raw attributes', () => {
    const text =
      'See [a](/x/) and [b]( <javascript:1>) or <data:text/html,x>.\n[ref]: vbscript:1\n<a href="javascript:2">c</a>';
    expect(linksInProse(text)).toEqual(['/x/', 'javascript:1', 'data:text/html,x', 'vbscript:1', 'javascript:2']);
  });
});
