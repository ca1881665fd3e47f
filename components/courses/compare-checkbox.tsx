/** The id of the compare tray's form; checkboxes on cards and table rows belong to it. */
export const COMPARE_FORM_ID = "compare-form";

/** Puts one course in the compare tray; the tray keeps every checkbox for the course in step. */
export function CompareCheckbox({
  course,
  className,
  children,
}: {
  course: { id: string; title: string };
  className: string;
  children?: React.ReactNode;
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        name="ids"
        value={course.id}
        form={COMPARE_FORM_ID}
        aria-label={`${course.title} 비교에 담기`}
        className="accent-brand-700 size-5"
      />
      {children}
    </label>
  );
}
