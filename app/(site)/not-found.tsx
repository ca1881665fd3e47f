import { NotFoundMessage } from "@/components/layout/not-found-message";

// Inside the public layout, which already draws the header, footer and <main>.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl py-10 text-center">
      <NotFoundMessage />
    </div>
  );
}
