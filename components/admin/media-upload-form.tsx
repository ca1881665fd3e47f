"use client";

import { uploadImage } from "@/lib/media/actions";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/media/limits";
import { ActionForm, SubmitButton, TextField } from "./action-form";

/** Uploads an image to the library without an article (works without JavaScript too). */
export function MediaUploadForm() {
  return (
    <ActionForm action={uploadImage} className="grid max-w-2xl gap-4">
      <TextField
        type="file"
        name="file"
        label="이미지 파일"
        accept={ACCEPTED_IMAGE_TYPES}
        hint="PNG, JPEG, WebP, SVG · 10MB 이하. 폭 480·800·1200·1600px 크기로 만들어 둡니다."
        required
      />
      <TextField
        name="alt"
        label="대체 텍스트"
        hint="그림이 보이지 않을 때 화면 낭독기가 읽는 설명입니다. 기사에 넣을 때 다시 고칠 수 있습니다."
        rows={2}
        required
      />
      <div>
        <SubmitButton>올리기</SubmitButton>
      </div>
    </ActionForm>
  );
}
