import { programFeed, subscriptionRoute } from "@/lib/catalog/subscriptions";

export const dynamic = "force-dynamic";

export const GET = subscriptionRoute(programFeed);
