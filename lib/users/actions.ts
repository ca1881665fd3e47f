"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ActionError, formAction } from "@/lib/auth/action";
import { generatePassword, passwordSchema } from "@/lib/auth/password";
import { roles } from "@/lib/db/schema";
import {
  AccountError,
  createUser,
  resetUserPassword,
  setUserDisabled,
  setUserRole,
} from "./accounts";
import { emailSchema, newUserSchema } from "./schema";

// Account errors (duplicate email, last admin) are messages for the admin, not failures.
async function accountChange<T>(change: () => Promise<T>) {
  try {
    const result = await change();
    revalidatePath("/admin/users");
    return result;
  } catch (error) {
    if (error instanceof AccountError) throw new ActionError(error.message, "invalid");
    throw error;
  }
}

const typedPassword = z
  .string()
  .optional()
  .transform((value) => value || undefined);

/** The password an admin typed, checked against the account's email and name, or a new random one. */
function chosenPassword(typed: string | undefined, account: { email: string; name?: string }) {
  if (typed === undefined) return { password: generatePassword(), generated: true };
  const checked = passwordSchema(account).safeParse(typed);
  if (!checked.success) {
    const message = checked.error.issues[0]!.message;
    throw new ActionError(message, "invalid", { password: message });
  }
  return { password: checked.data, generated: false };
}

export const addUser = formAction(
  "admin",
  newUserSchema.extend({ password: typedPassword }).strip(),
  async ({ password: typed, ...input }, admin) => {
    const { password, generated } = chosenPassword(typed, input);
    await accountChange(() => createUser(input, password, admin.id));
    return {
      status: "ok",
      message: generated
        ? `${input.email} 계정을 만들었습니다. 처음 비밀번호: ${password} (지금만 보입니다. 본인에게 안전하게 전하세요)`
        : `${input.email} 계정을 입력한 비밀번호로 만들었습니다.`,
    };
  },
);

export const changeUserRole = formAction(
  "admin",
  z.object({ email: emailSchema, role: z.enum(roles, { error: "역할을 고르세요" }) }),
  async (input, admin) => {
    await accountChange(() => setUserRole(input.email, input.role, admin.id));
    return {
      status: "ok",
      message: `${input.email}의 역할을 바꿨습니다. 열려 있던 세션은 끝납니다.`,
    };
  },
);

export const changeUserAccess = formAction(
  "admin",
  z.object({
    email: emailSchema,
    intent: z.enum(["disable", "enable"], { error: "할 일을 고르세요" }),
  }),
  async (input, admin) => {
    await accountChange(() => setUserDisabled(input.email, input.intent === "disable", admin.id));
    return {
      status: "ok",
      message:
        input.intent === "disable"
          ? `${input.email} 계정을 사용 중지했습니다. 열려 있던 세션은 다음 요청에서 끝납니다.`
          : `${input.email} 계정을 다시 쓸 수 있게 했습니다.`,
    };
  },
);

export const resetPassword = formAction(
  "admin",
  z.object({ email: emailSchema, name: z.string().optional(), password: typedPassword }),
  async (input, admin) => {
    const { password, generated } = chosenPassword(input.password, input);
    await accountChange(() => resetUserPassword(input.email, password, admin.id));
    return {
      status: "ok",
      message: generated
        ? `${input.email}의 새 비밀번호: ${password} (지금만 보입니다)`
        : `${input.email}의 비밀번호를 입력한 것으로 바꿨습니다.`,
    };
  },
);
