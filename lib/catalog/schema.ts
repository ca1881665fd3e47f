import { z } from "zod";
import { id, idList } from "@/lib/forms/fields";
import { bulkOperations } from "./operations";

export const bulkSchema = z.object({
  ids: idList,
  operation: z.enum(bulkOperations, { error: "할 일을 고르세요" }),
});

export const deleteSchema = z.object({ id });
