import { z } from "zod";
import { catalogEntities } from "@/lib/catalog/entities";

export const importSchema = z.object({
  entity: z.enum(catalogEntities, { error: "무엇을 가져올지 고르세요" }),
  intent: z.enum(["preview", "apply"], { error: "할 일을 고르세요" }),
  file: z.instanceof(File, { error: "파일을 고르세요" }),
  // Columns the file lacks: kept as they are unless the editor asks to empty them.
  clearMissing: z.literal("yes").optional(),
  // The preview's fingerprint: apply only the file that was previewed.
  previewed: z.string().max(128).optional(),
});
