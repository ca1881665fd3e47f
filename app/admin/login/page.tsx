import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { currentEditor } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback";
import { siteName } from "@/lib/metadata";

export const metadata = { title: "로그인" };

export default async function LoginPage({ searchParams }: PageProps<"/admin/login">) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(callbackUrl);
  if (await currentEditor()) redirect(next);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-slate-900">편집실 로그인</h1>
      <p className="mt-2 text-sm text-slate-600">
        {siteName}의 편집자와 관리자만 이용할 수 있습니다.
      </p>
      <LoginForm callbackPath={next} />
    </main>
  );
}
