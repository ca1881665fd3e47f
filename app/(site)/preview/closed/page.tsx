import { notFound } from "next/navigation";

// proxy.ts rewrites a dead review link here. A rewrite cannot set the status, but a page that is
// not found while it is prerendered is served as 404, with this folder's not-found message.
export default function ReviewLinkClosedPage() {
  notFound();
}
