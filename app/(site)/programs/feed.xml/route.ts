import { programFeed, subscriptionRoute } from "@/lib/catalog/subscriptions";

export const GET = subscriptionRoute(programFeed);
