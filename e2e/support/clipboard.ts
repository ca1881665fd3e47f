import type { Locator } from "@playwright/test";

/**
 * Pastes into a field what a copy elsewhere would put on the clipboard: text, HTML (a spreadsheet's
 * cells) and/or a file (a screenshot).
 */
export async function pasteInto(
  field: Locator,
  clipboard: { text?: string; html?: string; file?: { name: string; type: string; bytes: Buffer } },
) {
  await field.evaluate(
    (element, { text, html, file }) => {
      const data = new DataTransfer();
      if (text !== undefined) data.setData("text/plain", text);
      if (html !== undefined) data.setData("text/html", html);
      if (file) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.type }));
      }
      element.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    {
      text: clipboard.text,
      html: clipboard.html,
      file: clipboard.file && {
        name: clipboard.file.name,
        type: clipboard.file.type,
        base64: clipboard.file.bytes.toString("base64"),
      },
    },
  );
}
