'use client';
import { useEffect } from 'react';

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`). Pages paint before their scripts run
 * (scripts/paint-first.ts); the browser tests wait for this mark before they click, as a reader's first click
 * needs the page's handlers. Renders nothing.
 */
export function HydratedMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
