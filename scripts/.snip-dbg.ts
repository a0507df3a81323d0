import { loadAllCatalogs } from '@/lib/catalog/load';
import { startMockServer } from '../tests/snippets/mock-server';
import { execSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import { getCatalog } from '@/lib/catalog';
import { snippetsFor } from '@/lib/snippets';
import fs from 'node:fs';
(async () => {
  const s = await startMockServer(loadAllCatalogs(), { lifetimeMs: 60000 });
  const sn = snippetsFor(getCatalog('chert'), 4098);
  fs.writeFileSync('/tmp/snip/a.cjs', transformSync(sn[0].source, { loader: 'ts', format: 'cjs' }).code);
  fs.writeFileSync('/tmp/snip/a.py', sn[1].source);
  fs.writeFileSync('/tmp/snip/a.sh', sn[2].source);
  const env = `CHERT_URL='${s.baseUrl}/scenario/chert/4098/always?run=a' CHERT_SIGNATURE=x CHERT_TENANT=y`;
  for (const cmd of ['node /tmp/snip/a.cjs', '/root/.pyenv/versions/3.11.7/bin/python3 /tmp/snip/a.py', 'bash /tmp/snip/a.sh', 'node -e 1']) {
    const t = performance.now();
    try { execSync(`${env} ${cmd}`, { stdio: 'pipe' }); } catch {}
    console.log(cmd, (performance.now() - t).toFixed(0), 'ms');
  }
  await s.close();
})();
