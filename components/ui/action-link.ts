/**
 * The look of a link that acts as a button: the page's main action (filled), or a secondary one
 * (outlined), such as an official page once a course or program is over.
 */
export function actionLinkClass(main: boolean) {
  return `inline-flex min-h-11 items-center rounded-lg px-4 font-bold ${
    main
      ? "bg-brand-700 hover:bg-brand-900 text-white"
      : "border-brand-700 text-brand-700 hover:bg-brand-50 border"
  }`;
}
