import { loadAllCatalogs } from '@/lib/catalog/load';
for (const c of loadAllCatalogs()) for (const e of c.codes) console.log(c.id, e.code, e.name ?? '', '|', e.title, '|', e.http.join('/'), e.retryable, '|', e.messages.join(' ## '), '|T', e.templates.join(' ## '), '|P', e.provider_codes.map(p=>p.code).join(','));
