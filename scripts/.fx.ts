import { Index } from 'flexsearch';
let bounds = [0, 0];
const ix = new Index({ tokenize: 'strict', resolution: 3, encode: (t: string) => (t ? t.split(' ') : []), score: (_c: string[], _t: string, i: number) => (i < bounds[0] ? 0 : i < bounds[1] ? 1 : 2) });
bounds = [2, 4]; ix.add(0, 'a b c d e f');
bounds = [1, 2]; ix.add(1, 'c x a y b');
bounds = [3, 3]; ix.add(2, 'q r s b');
const r = ix.search('b', { resolve: false }) as unknown as { result: number[][] };
console.log(JSON.stringify(r.result), ix.search('b'), JSON.stringify((ix.search('zz', { resolve: false }) as unknown as { result: unknown }).result));
