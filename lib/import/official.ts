import "server-only";
import { ActionError } from "@/lib/auth/action";
import { catalogEntityLabels, type CatalogEntity } from "@/lib/catalog/entities";
import type { CatalogSource } from "@/lib/sources/source";
import { runSourceSync, SyncBusyError } from "@/lib/sources/sync";
import type { ImportReport } from "./report";

/**
 * Previews or applies a file saved from an official API through that source's sync: records
 * arrive as the sync makes them (published, with their source and provenance), fields an editor
 * changed are kept, nothing is closed for being absent from the file and nothing closed reopens.
 */
export async function importOfficialFile(
  official: { source: CatalogSource; label: string },
  request: {
    entity: CatalogEntity;
    apply: boolean;
    fileName: string;
    fingerprint: string;
    editorId: number;
  },
): Promise<ImportReport> {
  const { source, label } = official;
  if (source.entity !== request.entity) {
    const wanted = catalogEntityLabels[source.entity];
    throw new ActionError(
      `${label} 파일은 ${wanted}입니다. ‘무엇을 가져올까요’에서 ${wanted}을 고르세요.`,
      "invalid",
      { entity: `${wanted}을 고르세요` },
    );
  }
  // The report names records by title: note each as the source's mapping makes it.
  const titles = new Map<string, string>();
  const noting = {
    ...source,
    async complete(raw: unknown) {
      const mapped = await source.complete(raw as never);
      if (mapped.ok) titles.set(mapped.record.externalId, mapped.record.title);
      return mapped;
    },
  } as CatalogSource;
  let run;
  try {
    run = await runSourceSync(noting, {
      dryRun: !request.apply,
      // The editor saw every row in the preview and chose to apply it; a file closes nothing, so
      // the safety stops an admin approves for a sync (a truncated set, mass closing) cannot arise.
      approve: true,
      requestedBy: request.editorId,
      origin: "file",
    });
  } catch (error) {
    if (error instanceof SyncBusyError)
      throw new ActionError(`지금 ${label} 동기화가 진행 중입니다. 끝난 뒤에 다시 적용하세요.`);
    throw error;
  }
  if (run.outcome === "failed")
    throw new ActionError(
      `${label} 파일을 가져오지 못했습니다. ${
        run.wroteAny
          ? "쓰는 도중이라 일부 행은 이미 반영되었을 수 있습니다. 같은 파일을 다시 적용하면 나머지를 맞춥니다."
          : "아무것도 바꾸지 않았습니다."
      } (원인: ${run.message ?? "알 수 없는 오류"})`,
    );
  const titleOf = (id: string) => titles.get(id) ?? id;
  return {
    entity: request.entity,
    fileName: request.fileName,
    fingerprint: request.fingerprint,
    applied: request.apply,
    toAdd: run.added.map((id) => ({ where: label, externalId: id, title: titleOf(id) })),
    toUpdate: run.changed.map((change) => ({
      where: label,
      externalId: change.id,
      title: titleOf(change.id),
      changed: change.fields,
    })),
    unchanged: run.unchanged,
    rejected: run.rejected.map((rejection) => ({
      where: label,
      externalId: rejection.id,
      reason: rejection.reason,
    })),
    official: {
      label,
      kept: run.kept.map((kept) => ({ externalId: kept.id, fields: kept.fields })),
    },
  };
}
