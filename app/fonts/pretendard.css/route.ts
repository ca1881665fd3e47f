import { cacheLife } from "next/cache";
import { pretendardStylesheet } from "@/lib/fonts/pretendard";

// Built with the portal from the installed package, and served as a static file. Its address does
// not change with the package, so browsers keep it a day rather than a year.
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
