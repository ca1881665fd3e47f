// Types for the tests; Next loads the handler itself (next.config.ts).
import type { CacheHandler } from "next/cache";

declare const dataCache: CacheHandler;
export default dataCache;
