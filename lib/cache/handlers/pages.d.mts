// Types for the tests; Next loads the handler itself (next.config.ts).
export default class PortalPageCache {
  get(
    key: string,
    ctx?: { softTags?: string[] },
  ): Promise<{ value: any; lastModified: number } | null>; // eslint-disable-line @typescript-eslint/no-explicit-any
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
