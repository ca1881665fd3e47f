import type { Locator } from "@playwright/test";

type Transfer = {
  text?: string;
  html?: string;
  file?: { name: string; type: string; bytes: Buffer };
};

/** Fires a paste or a drop on a field carrying what a copy or a drag elsewhere would carry. */
async function transfer(field: Locator, event: "paste" | "drop", carried: Transfer) {
  await field.evaluate(
    (element, { event, text, html, file }) => {
      const data = new DataTransfer();
      if (text !== undefined) data.setData("text/plain", text);
      if (html !== undefined) data.setData("text/html", html);
      if (file) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const init = { bubbles: true, cancelable: true };
      element.dispatchEvent(
        event === "paste"
          ? new ClipboardEvent("paste", { ...init, clipboardData: data })
          : new DragEvent("drop", { ...init, dataTransfer: data }),
      );
    },
    {
      event,
      text: carried.text,
      html: carried.html,
      file: carried.file && {
        name: carried.file.name,
        type: carried.file.type,
        base64: carried.file.bytes.toString("base64"),
      },
    },
  );
}

/** Pastes what a copy elsewhere would put on the clipboard: text, HTML (cells) or a file. */
export const pasteInto = (field: Locator, clipboard: Transfer) =>
  transfer(field, "paste", clipboard);

/** Drops a file (or text) on a field, as dragging it from the desktop would. */
export const dropOnto = (field: Locator, dragged: Transfer) => transfer(field, "drop", dragged);
