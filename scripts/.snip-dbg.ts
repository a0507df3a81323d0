import { loadAllCatalogs } from '@/lib/catalog/load';
import { startMockServer } from '../tests/snippets/mock-server';
(async () => {
  const s = await startMockServer(loadAllCatalogs(), { lifetimeMs: 5000 });
  for (const h of ['body2', 'seconds']) {
    const r = await fetch(`${s.baseUrl}/scenario/huechat/rate_limited/1?hints=${h}&run=x${h}`, { method: 'POST' });
    console.log(h, r.status, [...r.headers].join(' | '), await r.text());
  }
  await s.close();
})();
