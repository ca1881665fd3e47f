import { z } from "zod";
import { roles } from "@/lib/db/schema";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("올바른 이메일 주소가 아닙니다"));

export const newUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, "이름을 입력하세요").max(100, "이름은 100자 이하여야 합니다"),
  role: z.enum(roles, { error: `역할은 ${roles.join(", ")} 가운데 하나여야 합니다` }),
});
