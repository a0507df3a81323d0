// Runs the Nu Html Checker (vnu-jar, on Java) over every HTML page of an export and prints each error as
// `file:line:column: message`. Exits non-zero when there is any error.
// Usage: tsx scripts/check-html.ts [exportDir]   (default: out)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from './walk-files';

// The jar itself; the package's own runner would download a Java of its own, where Debian's is used here.
const vnu = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build',
  'dist',
  'vnu.jar',
);

type Message = {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
};

const outDir = path.resolve(process.argv[2] ?? 'out');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`check-html: ${outDir}/index.html not found; run npm run build first`);
  process.exit(1);
}

const started = Date.now();
// --exit-zero-always: the verdict comes from the parsed report, so a crash of Java is never mistaken for a clean run.
const run = spawnSync(
  'java',
  ['-jar', vnu, '--errors-only', '--skip-non-html', '--exit-zero-always', '--format', 'json', outDir],
  {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  },
);
if (run.error || run.status !== 0) {
  console.error(
    `check-html: the Nu Html Checker did not run (${run.error?.message ?? `exit ${run.status}`}); is Java installed? (bash scripts/ensure-debian.sh java default-jre-headless)`,
  );
  if (run.stderr) console.error(run.stderr.slice(0, 2000));
  process.exit(1);
}

let messages: Message[];
try {
  messages = (JSON.parse(run.stderr || run.stdout) as { messages: Message[] }).messages;
} catch {
  console.error(
    `check-html: unreadable report from the Nu Html Checker:\n${(run.stderr || run.stdout).slice(0, 2000)}`,
  );
  process.exit(1);
}

const pages = walkFiles(outDir).filter((f) => f.endsWith('.html')).length;
const errors = messages.filter((m) => m.type === 'error' || (m.type === 'non-document-error' && m.subType !== 'io'));
for (const m of errors) {
  const file = m.url ? path.relative(process.cwd(), fileURLToPath(m.url)) : '(no file)';
  console.error(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`);
}
console.log(
  `check-html: ${pages} HTML pages, ${errors.length} error${errors.length === 1 ? '' : 's'} (${Date.now() - started} ms)`,
);
process.exit(errors.length ? 1 : 0);
