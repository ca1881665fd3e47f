/** Puts one course in the compare tray; the tray keeps every checkbox for the course in step. */
export function CompareCheckbox({
  course,
  form,
  className,
  children,
}: {
  course: { id: string; title: string };
  /** The id of the compare tray's form, which every checkbox on the catalog belongs to. */
  form: string;
  className: string;
  children?: React.ReactNode;
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        name="ids"
        value={course.id}
        form={form}
        aria-label={`${course.title} 비교에 담기`}
        className="accent-brand-700 size-5"
      />
      {children}
    </label>
  );
}
