import { programDeadlines, subscriptionRoute } from "@/lib/catalog/subscriptions";

export const GET = subscriptionRoute(programDeadlines);
