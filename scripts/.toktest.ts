import { tokenize } from '@/lib/search/tokenize';
for (const t of ['RATE_LIMIT_EXCEEDED is bad', 'invalidPhone HTTPError', 'x-chert-tenant _foo_ 1007 a 0-based', 'Café naïve déjà-vu', '--a__b--', "Unknown effect: 'fireworks'", 'E.164 +15555550100']) console.log(JSON.stringify(t), tokenize(t));
