'use client';
import { useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { encodeShare } from '@/lib/playground/share';
import { redact } from '@/lib/decode/redact';
import { withBase } from '@/lib/site';

/** Builds a share link whose input lives in the URL fragment, optionally redacted first. */
export function SharePanel({ text }: { text: string }) {
  const [redactFirst, setRedactFirst] = useState(true);
  if (!text.trim()) return null;
  // Built at click time: redacting and compressing a multi-megabyte paste on every keystroke would be wasted work.
  const link = () => `${window.location.origin}${withBase('/playground/')}${encodeShare(redactFirst ? redact(text).text : text)}`;
  return (
    <div className="mt-4 rounded border border-slate-300 p-3 text-sm dark:border-slate-700">
      <p className="font-semibold">Share this response</p>
      <label className="mt-2 flex items-center gap-2">
        <input type="checkbox" checked={redactFirst} onChange={(e) => setRedactFirst(e.target.checked)} />
        Mask phone numbers, e-mail addresses, bearer tokens, API keys and signatures first
      </label>
      <div className="mt-2 flex items-center">
        <CopyButton text={link} label="Copy share link" />
      </div>
    </div>
  );
}
