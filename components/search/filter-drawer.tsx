/**
 * On phones the filters open as a bottom sheet from a button; on wide screens they are a sidebar.
 * A checkbox drives it so it works before and without JavaScript; it has no name, so it is
 * never submitted with the form.
 */
export function FilterDrawer({
  idPrefix,
  activeCount,
  children,
}: {
  /** Unique per catalog: a catalog visited before stays in the page, hidden, after navigating. */
  idPrefix: string;
  activeCount: number;
  children: React.ReactNode;
}) {
  const toggle = `${idPrefix}-filters-open`;
  const panel = `${idPrefix}-filter-panel`;
  return (
    <div>
      <input
        id={toggle}
        type="checkbox"
        data-drawer-toggle
        aria-label="필터 열기"
        className="peer sr-only md:hidden"
        aria-controls={panel}
      />
      <label
        htmlFor={toggle}
        className="peer-focus-visible:outline-brand-600 flex min-h-11 w-full cursor-pointer items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white font-bold peer-focus-visible:outline-2 md:hidden"
      >
        필터
        {activeCount > 0 && (
          <span className="bg-brand-700 rounded-full px-2 text-sm text-white">{activeCount}</span>
        )}
      </label>
      <div
        id={panel}
        className="hidden peer-checked:fixed peer-checked:inset-x-0 peer-checked:bottom-0 peer-checked:z-50 peer-checked:block peer-checked:max-h-[85dvh] peer-checked:overflow-y-auto peer-checked:rounded-t-2xl peer-checked:bg-white peer-checked:p-4 peer-checked:shadow-2xl md:block"
      >
        <div className="mb-2 flex items-center justify-between md:hidden">
          <p className="text-lg font-bold">필터</p>
          <label
            htmlFor={toggle}
            className="text-brand-700 flex min-h-11 cursor-pointer items-center px-3 font-bold"
          >
            닫기
          </label>
        </div>
        {children}
        <div className="sticky bottom-0 bg-white pt-3 pb-1 md:static">
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-900 min-h-11 w-full rounded-lg font-bold text-white"
          >
            결과 보기
          </button>
        </div>
      </div>
      <label
        htmlFor={toggle}
        aria-hidden="true"
        className="fixed inset-0 z-40 hidden bg-slate-900/40 peer-checked:block md:peer-checked:hidden"
      />
    </div>
  );
}
