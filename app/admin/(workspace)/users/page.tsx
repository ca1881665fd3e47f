import { ActionForm, SelectField, SubmitButton, TextField } from "@/components/admin/action-form";
import { AdminOnly } from "@/components/admin/admin-only";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { editorForPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/dates";
import { addUser, changeUserAccess, changeUserRole, resetPassword } from "@/lib/users/actions";
import { listUsers } from "@/lib/users/queries";
import { roleLabels } from "@/lib/users/roles";

export const metadata = { title: "사용자" };

const roleOptions = (["contributor", "editor", "admin"] as const).map((value) => ({
  value,
  label: roleLabels[value],
}));

const passwordHint =
  "비워 두면 추측할 수 없는 비밀번호를 만들어 한 번 보여 줍니다. 직접 정할 때는 12자 이상, 흔한 단어·연속된 문자·이메일과 이름이 아닌 것으로 정하세요.";

export default async function UsersPage() {
  const editor = await editorForPage();
  if (editor.role !== "admin") return <AdminOnly />;
  const users = await listUsers();
  return (
    <>
      <AdminPageHeader title="사용자" />
      <ul className="space-y-3">
        {users.map((user) => (
          <li key={user.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <p className="font-bold">{user.name}</p>
              <p className="text-sm text-slate-600">{user.email}</p>
              {user.disabled && <Badge tone="red">사용 중지</Badge>}
              {user.id === editor.id && <Badge tone="brand">나</Badge>}
              <p className="ml-auto text-xs text-slate-500">
                {formatDateTime(user.createdAt)} 등록
              </p>
            </div>
            <div className="mt-3 grid gap-3 md:grid-cols-3">
              <ActionForm action={changeUserRole} className="flex items-end gap-2">
                <input type="hidden" name="email" value={user.email} />
                <SelectField
                  name="role"
                  label="역할"
                  options={roleOptions}
                  defaultValue={user.role}
                  required
                />
                <SubmitButton tone="secondary">바꾸기</SubmitButton>
              </ActionForm>
              <ActionForm
                action={changeUserAccess}
                confirmMessage={
                  user.disabled
                    ? undefined
                    : `${user.email} 계정을 사용 중지할까요? 열려 있는 세션도 끝납니다.`
                }
              >
                <input type="hidden" name="email" value={user.email} />
                <SubmitButton
                  name="intent"
                  value={user.disabled ? "enable" : "disable"}
                  tone="secondary"
                >
                  {user.disabled ? "다시 사용" : "사용 중지"}
                </SubmitButton>
              </ActionForm>
              <ActionForm
                action={resetPassword}
                className="space-y-2"
                confirmMessage={`${user.email}의 비밀번호를 바꿀까요? 지금 비밀번호는 더 이상 쓸 수 없습니다.`}
              >
                <input type="hidden" name="email" value={user.email} />
                <input type="hidden" name="name" value={user.name} />
                <TextField
                  name="password"
                  label="새 비밀번호"
                  type="password"
                  hint={passwordHint}
                />
                <SubmitButton tone="secondary">비밀번호 재설정</SubmitButton>
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-user" className="mt-8 max-w-xl">
        <h2 id="add-user" className="mb-3 text-lg font-bold">
          사용자 추가
        </h2>
        <ActionForm
          action={addUser}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
        >
          <TextField name="email" label="이메일" type="email" required />
          <TextField name="name" label="이름" required />
          <SelectField
            name="role"
            label="역할"
            options={roleOptions}
            defaultValue="editor"
            required
          />
          <TextField name="password" label="처음 비밀번호" type="password" hint={passwordHint} />
          <SubmitButton>사용자 추가</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
