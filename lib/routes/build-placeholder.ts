/**
 * With cacheComponents each dynamic route must name at least one page to build. None is built for
 * real: the page cache (lib/cache/handlers/pages.mjs) renders every page on its first request from
 * the running portal's database. So each route names this placeholder, which matches no record.
 */
export function buildPlaceholder<Key extends string>(...keys: Key[]) {
  return async () => [
    Object.fromEntries(keys.map((key) => [key, "__build__"])) as Record<Key, string>,
  ];
}
