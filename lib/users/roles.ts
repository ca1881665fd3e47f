import type { User } from "@/lib/db/schema";

/** Each role as the workspace names it. */
export const roleLabels: Record<User["role"], string> = {
  admin: "관리자",
  editor: "편집자",
  contributor: "기고자",
};
