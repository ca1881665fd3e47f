import { z } from "zod";

export const importSchema = z.object({
  entity: z.enum(["course", "program"], { error: "무엇을 가져올지 고르세요" }),
  intent: z.enum(["preview", "apply"], { error: "할 일을 고르세요" }),
  file: z.instanceof(File, { error: "파일을 고르세요" }),
  // The preview's fingerprint: apply only the file that was previewed.
  previewed: z.string().max(128).optional(),
});
