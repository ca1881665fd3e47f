import { createHash } from "node:crypto";
import { pretendardStylesheetPath } from "@/lib/routes/public";

/** The width from which globals.css sets text in Pretendard (Tailwind's md breakpoint). */
export const PRETENDARD_MEDIA = "(min-width: 48rem)";

/**
 * Links Pretendard's stylesheet on wide screens only. Run from the head, before the body is
 * parsed, the link holds back a wide screen's first paint (text is laid out once, in Pretendard's
 * metrics), while a phone never requests it: a `<link media>` that does not match is downloaded
 * all the same, and its 184 @font-face rules laid a phone's page out again just as it was about
 * to paint (Lighthouse mobile: largest paint 0.45 s later on a program page). A screen that
 * becomes wide, such as a tablet turned sideways, links it then.
 */
export const wideScreenStylesheetScript = `(function(){var q=matchMedia(${JSON.stringify(PRETENDARD_MEDIA)});function link(){var l=document.createElement("link");l.rel="stylesheet";l.href=${JSON.stringify(pretendardStylesheetPath)};l.setAttribute("blocking","render");document.head.appendChild(l)}if(q.matches)link();else q.addEventListener("change",link,{once:true})})()`;

/** The script's CSP source: the workspace's nonce policy lets this one inline script run by it. */
export const wideScreenStylesheetScriptSource = `'sha256-${createHash("sha256").update(wideScreenStylesheetScript).digest("base64")}'`;
