"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackPath);
      router.refresh();
      return;
    }
    setError(
      result?.error && result.error !== "CredentialsSignin"
        ? result.error
        : "로그인하지 못했습니다. 잠시 뒤 다시 시도하세요.",
    );
  }

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
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3"
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
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3"
        />
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-700 hover:bg-brand-900 min-h-11 w-full rounded-md font-bold text-white disabled:opacity-60"
      >
        {pending ? "확인하는 중…" : "로그인"}
      </button>
    </form>
  );
}
