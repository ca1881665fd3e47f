import Link from "next/link";
import { formatDateTime } from "@/lib/dates/dates";
import { deleteImage } from "@/lib/media/actions";
import { imageMarkdown, mediaWidthPath, servedWidths } from "@/lib/media/paths";
import type { MediaLibraryItem } from "@/lib/media/queries";
import { ActionForm, SubmitButton } from "./action-form";
import { CopyField } from "./copy-field";

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.ceil(bytes / 1024)}KB`;

/** Every uploaded image with its Markdown to reuse, where it is used, and (editors) 삭제. */
export function MediaLibrary({
  items,
  canDelete,
}: {
  items: MediaLibraryItem[];
  canDelete: boolean;
}) {
  return (
    <section aria-labelledby="media-library-heading" className="mt-8">
      <h2 id="media-library-heading" className="mb-3 text-lg font-bold">
        올린 이미지 ({items.length}개)
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">
          아직 올린 이미지가 없습니다. 기사 편집기의 ‘이미지’ 단추나 위 양식으로 올리세요.
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((item) => (
            <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4">
              {/* eslint-disable-next-line @next/next/no-img-element -- the library's own thumbnail size */}
              <img
                src={mediaWidthPath(item.id, servedWidths(item.width)[0]!)}
                alt={item.alt}
                width={item.width}
                height={item.height}
                loading="lazy"
                className="h-40 w-full rounded bg-slate-100 object-contain"
              />
              <h3 className="mt-2 font-bold break-all">{item.fileName}</h3>
              <p className="text-sm text-slate-600">
                {item.width}×{item.height} · 원본 {item.format.toUpperCase()} {sizeOf(item.bytes)} ·{" "}
                {item.uploader ?? "(지운 사용자)"} · {formatDateTime(item.createdAt)}
              </p>
              <p className="mt-1 text-sm">대체 텍스트: {item.alt}</p>
              <div className="mt-2">
                <CopyField
                  label={`${item.fileName}의 마크다운`}
                  value={imageMarkdown(item, item.alt)}
                  labelHidden
                />
              </div>
              <p className="mt-2 text-sm">
                {item.uses.length === 0 ? (
                  "쓰는 기사가 없습니다."
                ) : (
                  <>
                    쓰는 기사:{" "}
                    {item.uses.map((use, i) => (
                      <span key={use.articleId}>
                        {i > 0 && ", "}
                        <Link href={`/admin/articles/${use.articleId}`}>{use.title}</Link>
                      </span>
                    ))}
                  </>
                )}
              </p>
              {canDelete && item.uses.length === 0 && (
                <ActionForm
                  action={deleteImage}
                  className="mt-2"
                  confirmMessage={`‘${item.fileName}’ 이미지를 지울까요? 되돌릴 수 없습니다.`}
                >
                  <input type="hidden" name="id" value={item.id} />
                  <SubmitButton tone="danger">삭제</SubmitButton>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
