'use client';
import { useId, useRef, useState } from 'react';

/**
 * The section menu on a phone: a button above the content (aria-expanded, aria-controls) that shows or hides the
 * section links, closed on arrival so the page's heading is on the first screen. Escape closes it from anywhere inside
 * and puts focus back on the button. From the md breakpoint the links always show and the button is hidden. With
 * JavaScript off the button could do nothing, so it is hidden (`noscript:`) and `fallback`, a native <details> in a
 * <noscript>, takes its place.
 */
export function ApiMenu({
  label,
  children,
  fallback,
}: {
  label: string;
  children: React.ReactNode;
  fallback: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        className="flex min-h-11 w-full items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-left text-sm font-medium md:hidden noscript:hidden dark:border-slate-700"
      >
        <span aria-hidden="true" className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}>
          ▸
        </span>
        {label}
      </button>
      <div
        id={panel}
        className={`${open ? 'mt-2 rounded-md border border-slate-200 px-1 py-2 dark:border-slate-800' : 'hidden'} md:mt-0 md:block md:border-0 md:p-0`}
      >
        {children}
      </div>
      <noscript>{fallback}</noscript>
    </div>
  );
}
