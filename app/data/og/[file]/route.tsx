import { ImageResponse } from 'next/og';
import { getCatalog, getCatalogs } from '@/lib/catalog';
import { shortName } from '@/lib/catalog/present';
import { SITE_NAME, SOCIAL_IMAGE } from '@/lib/site';

// The social images link previews show (og:image, twitter:image): one PNG per API and a site default, drawn at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return [{ file: 'site.png' }, ...getCatalogs().map((c) => ({ file: `${c.id}.png` }))];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = file.replace(/\.png$/, '');
  const catalogs = getCatalogs();
  const total = catalogs.reduce((n, c) => n + c.codes.length, 0);
  const catalog = id === 'site' ? undefined : getCatalog(id);
  const title = catalog ? `${shortName(catalog)} error codes` : 'Understand any messaging API error';
  const line = catalog
    ? `${catalog.codes.length} codes: what each one means, whether to retry, and code that handles it.`
    : `${total} error codes from ${catalogs.length} APIs: what each one means, whether to retry, and code that handles it.`;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0b1120',
        color: '#f8fafc',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 40, fontWeight: 700, color: '#93c5fd' }}>
        {SITE_NAME}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 84, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ marginTop: 28, fontSize: 36, lineHeight: 1.35, color: '#cbd5e1' }}>{line}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#94a3b8' }}>
        {catalog ? catalog.name : catalogs.map((c) => shortName(c)).join(' · ')}
      </div>
    </div>,
    SOCIAL_IMAGE,
  );
}
