import { courseFeed, subscriptionRoute } from "@/lib/catalog/subscriptions";

export const GET = subscriptionRoute(courseFeed);
