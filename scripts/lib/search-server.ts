import { dataDir, env } from "@/lib/env";
import { connectSearch } from "@/lib/search/client";
import { startLocalMeilisearch } from "@/lib/search/local-server";

export type SearchServerHandle = {
  url: string;
  key?: string;
  local: boolean;
  stop: () => Promise<void>;
};

/** Uses MEILI_URL when set; otherwise runs the local Meilisearch under DATA_DIR for as long as we run. */
export async function connectOrStartSearch(): Promise<SearchServerHandle> {
  if (env.MEILI_URL) {
    connectSearch({ url: env.MEILI_URL, key: env.MEILI_MASTER_KEY });
    return { url: env.MEILI_URL, key: env.MEILI_MASTER_KEY, local: false, stop: async () => {} };
  }
  const local = await startLocalMeilisearch({ dataDir, bin: env.MEILI_BIN });
  connectSearch({ url: local.url, key: local.key });
  return { url: local.url, key: local.key, local: true, stop: local.stop };
}
