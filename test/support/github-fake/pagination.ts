/**
 * List pagination as GitHub does it: `per_page` (default 30, at most 100) and `page` (from 1), and a
 * Link header with rel="prev", "next", "last", "first" in GitHub's order. Like GitHub, the links
 * name the repository by id (`/repositories/{id}/...`), so a client must follow them as given
 * rather than rebuild URLs; the fake serves those addresses too.
 */

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  link?: string;
}

export function paginate<T>(
  all: readonly T[],
  query: Readonly<Record<string, string>>,
  /** The list's URL without query, as the links should show it. */
  listUrl: string,
): Page<T> {
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Number(query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE),
  );
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const kept = Object.entries(query).filter(([name]) => name !== 'page');
  const url = (target: number) => {
    const search = new URLSearchParams([...kept, ['page', String(target)]]);
    return `<${listUrl}?${search.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  return links.length > 0 ? { items, link: links.join(', ') } : { items };
}
