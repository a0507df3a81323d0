// What the search page offers when a query finds nothing: the nearest indexed words and codes, the API tables
// and the playground, so a reader always has a next step.
import { withBase } from '@/lib/site';

type Api = { id: string; name: string };

const link = 'text-blue-800 underline underline-offset-2 dark:text-blue-300';

export function NoResults({
  apis,
  suggestions,
  onPick,
}: {
  apis: Api[];
  suggestions: string[];
  onPick: (query: string) => void;
}) {
  return (
    <div className="mt-4 space-y-3 text-sm">
      {suggestions.length ? (
        <div>
          <h2 className="font-semibold">Nearest terms in the index</h2>
          <ul className="mt-1 flex flex-wrap gap-2" aria-label="Nearest terms in the index">
            {suggestions.map((term) => (
              <li key={term}>
                <a
                  href={withBase(`/search/?q=${encodeURIComponent(term)}`)}
                  onClick={(e) => {
                    e.preventDefault();
                    onPick(term);
                  }}
                  className={`${link} font-mono`}
                >
                  {term}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h2 className="font-semibold">Other ways to find a code</h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {apis.map((a) => (
            <li key={a.id}>
              <a className={link} href={withBase(`/${a.id}/errors/`)}>
                {a.name} error codes
              </a>
            </li>
          ))}
          <li>
            <a className={link} href={withBase('/playground/')}>
              Paste a failed response into the playground
            </a>{' '}
            to have it decoded in your browser.
          </li>
        </ul>
      </div>
    </div>
  );
}
