import { cacheLife } from "next/cache";
import { pretendardStylesheet } from "@/lib/fonts/pretendard";

// Written once from the installed package, then answered from the cache. Its address does not
// change with the package, so browsers keep it a day rather than a year.
export async function GET() {
  return new Response(await stylesheet(), {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}

async function stylesheet() {
  "use cache";
  cacheLife("max");
  return pretendardStylesheet();
}
