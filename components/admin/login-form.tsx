"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

type Field = "email" | "password";

/** What is missing or malformed before asking the server, with the field to fix. */
function fieldProblem(email: string, password: string): { field: Field; message: string } | null {
  if (!email) return { field: "email", message: "이메일을 입력하세요." };
  // Something@something: the server's schema judges the rest and says so in its refusal.
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    return { field: "email", message: "이메일 주소 형식이 아닙니다. 예: name@example.go.kr" };
  if (!password) return { field: "password", message: "비밀번호를 입력하세요." };
  return null;
}

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const problem = fieldProblem(email, password);
    if (problem) {
      setError(problem);
      formElement.querySelector<HTMLInputElement>(`#${problem.field}`)?.focus();
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false }).catch(
      () => null,
    );
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackPath);
      router.refresh();
      return;
    }
    setError({
      field: null,
      message:
        result?.error && result.error !== "CredentialsSignin"
          ? result.error
          : "로그인하지 못했습니다. 잠시 뒤 다시 시도하세요.",
    });
    // The password is typed again after a refusal; the alert is read as the field is reached.
    formElement.querySelector<HTMLInputElement>("#password")?.select();
  }

  // A field's own problem describes that field alone; a refusal (field null) describes both.
  const invalid = (field: Field) =>
    error?.field === field
      ? { "aria-invalid": true as const, "aria-describedby": "login-error" }
      : { "aria-describedby": error && error.field === null ? "login-error" : undefined };

  return (
    // POST, so a form sent before this script runs (a slow phone, a password manager pressing
    // Enter) carries the password in its body, not in the address, history and server logs.
    <form method="post" onSubmit={submit} className="mt-8 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-bold text-slate-800">
          이메일
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          {...invalid("email")}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid]:border-red-700"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-bold text-slate-800">
          비밀번호
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          {...invalid("password")}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 aria-[invalid]:border-red-700"
        />
      </div>
      {error && (
        <p id="login-error" role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error.message}
        </p>
      )}
      {/* Not disabled while checking: a disabled button drops the keyboard's focus to the page. */}
      <button
        type="submit"
        aria-disabled={pending}
        className="bg-brand-700 hover:bg-brand-900 min-h-11 w-full rounded-md font-bold text-white aria-disabled:opacity-60"
      >
        {pending ? "확인하는 중…" : "로그인"}
      </button>
    </form>
  );
}
