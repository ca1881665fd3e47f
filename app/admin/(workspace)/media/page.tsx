import { MediaLibrary } from "@/components/admin/media-library";
import { MediaUploadForm } from "@/components/admin/media-upload-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { canActAs, editorForPage } from "@/lib/auth/session";
import { mediaLibrary } from "@/lib/media/queries";

export const metadata = { title: "이미지" };

export default async function MediaPage() {
  const editor = await editorForPage({ contributors: true });
  const items = await mediaLibrary();
  return (
    <>
      <AdminPageHeader title="이미지" />
      <p className="mb-4 max-w-2xl text-slate-700">
        기사에 넣은 그림을 모아 둔 곳입니다. 마크다운을 복사해 다른 기사에 다시 쓸 수 있습니다.
        기사에서 쓰는 이미지는 지울 수 없습니다.
      </p>
      <MediaUploadForm />
      <MediaLibrary items={items} canDelete={canActAs(editor.role, "editor")} />
    </>
  );
}
