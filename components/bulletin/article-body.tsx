import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { safeHeadingIds } from "@/lib/bulletin/outline";
import { mediaImagePath, mediaSrcSet, parseMediaImagePath } from "@/lib/media/paths";
import { ChartFigure } from "./chart-figure";
import { WideTable } from "./wide-table";

function textOf(children: React.ReactNode): string {
  if (typeof children === "string") return children;
  if (Array.isArray(children)) return children.map(textOf).join("");
  return "";
}

// Raw HTML in Markdown is never rendered (react-markdown drops it without rehype-raw), and
// react-markdown's default URL filter removes javascript: and other unsafe link targets.
function AnchoredHeading({
  level,
  id,
  children,
}: {
  level: 2 | 3 | 4;
  id?: string;
  children: React.ReactNode;
}) {
  const Tag = (["h2", "h3", "h4"] as const)[level - 2]!;
  return (
    <Tag id={id}>
      {children}
      {id && (
        // For a pointer, to copy the heading's address; hidden from the heading's name and the tab
        // order, as the 목차 links every heading already.
        <a href={`#${id}`} aria-hidden="true" tabIndex={-1} className="heading-anchor">
          #
        </a>
      )}
    </Tag>
  );
}

/** An image the portal serves itself (a path on this site) or embeds (data:image). */
function isPortalImage(src: string) {
  return /^\/(?![/\\])/.test(src) || src.startsWith("data:image/");
}

// A cell that is one figure: digits with separators, a sign or change mark, a unit (%, %p, 배,
// 명, 억 원 …) or a dash for no value.
const numericCell =
  /^(?:[-+△▲▽▼]?\s?[\d.,]+\s?(?:%p?|배|명|개|건|원|억\s?원|조\s?원|만\s?원|천\s?원|년|월|개월|시간|점)?|[-–—])$/;

const components: Components = {
  h2: ({ id, children }) => (
    <AnchoredHeading level={2} id={id}>
      {children}
    </AnchoredHeading>
  ),
  h3: ({ id, children }) => (
    <AnchoredHeading level={3} id={id}>
      {children}
    </AnchoredHeading>
  ),
  // A ### nested under its article's title on the whole-issue page.
  h4: ({ id, children }) => (
    <AnchoredHeading level={4} id={id}>
      {children}
    </AnchoredHeading>
  ),
  // react-markdown empties an address it refuses (javascript: and the like), and the pages'
  // content security policy loads images from the portal only: either way the reader gets the
  // image's description, in the editor's preview as on the public page.
  img: ({ src, alt, title }) => {
    const image = typeof src === "string" ? parseMediaImagePath(src) : null;
    // An uploaded figure: its size is in its address, so its box is reserved before it loads.
    if (image)
      return (
        // eslint-disable-next-line @next/next/no-img-element -- the sizes are made at upload (lib/media)
        <img
          src={mediaImagePath(image)}
          srcSet={mediaSrcSet(image)}
          sizes="(min-width: 768px) 720px, calc(100vw - 2rem)"
          width={image.width}
          height={image.height}
          alt={alt ?? ""}
          title={title}
          loading="lazy"
          decoding="async"
          className="my-2 h-auto max-w-full rounded"
        />
      );
    return typeof src === "string" && isPortalImage(src) ? (
      // eslint-disable-next-line @next/next/no-img-element -- a Markdown image's size is unknown
      <img src={String(src)} alt={alt ?? ""} title={title} loading="lazy" />
    ) : (
      <span>{alt}</span>
    );
  },
  table: ({ children }) => <WideTable>{children}</WideTable>,
  // A number is one word: it never wraps inside its digits, signs or unit.
  td: ({ children, style }) => (
    <td style={style} className={numericCell.test(textOf(children).trim()) ? "numeric" : undefined}>
      {children}
    </td>
  ),
  p: ({ children }) => {
    const text = textOf(children);
    if (/^[〔\[]\s*(표|그림|부록)/.test(text))
      return <p className="mt-8 mb-2 font-bold text-slate-900">{children}</p>;
    if (/^(자료|주\d?)\s*[:：]/.test(text))
      return <p className="my-1 text-sm leading-6 text-slate-600">{children}</p>;
    return <p>{children}</p>;
  },
  pre: ({ node, children }) => {
    const code = node?.children[0];
    if (
      code?.type === "element" &&
      code.tagName === "code" &&
      String(code.properties.className) === "language-chart"
    ) {
      return (
        <ChartFigure
          source={code.children.map((child) => (child.type === "text" ? child.value : "")).join("")}
        />
      );
    }
    return (
      <pre className="my-4 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">{children}</pre>
    );
  },
};

type HastNode = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

/**
 * On a page of its own (no prefix), the ids rehype-slug gave the body's headings made safe as the
 * outline makes them (safeHeadingIds). A prefixed id is safe already. The footnotes' heading
 * keeps its id, which rehype-slug left alone too.
 */
function rehypeSafeHeadingIds() {
  return (tree: HastNode) => {
    const headings: HastNode[] = [];
    const collect = (node: HastNode) => {
      const id = node.properties?.id;
      if (/^h[1-6]$/.test(node.tagName ?? "") && typeof id === "string" && id !== "footnote-label")
        headings.push(node);
      node.children?.forEach(collect);
    };
    collect(tree);
    const ids = safeHeadingIds(headings.map((heading) => String(heading.properties!.id)));
    headings.forEach((heading, i) => (heading.properties!.id = ids[i]));
  };
}

/**
 * Moves every heading one level down (## → h3), for a body under its own article's h2 on a page
 * of several articles, so a screen reader's outline still shows where one article ends.
 */
function rehypeNestHeadings() {
  const nest = (node: HastNode) => {
    const level = node.type === "element" ? /^h([1-5])$/.exec(node.tagName ?? "") : null;
    if (level) node.tagName = `h${Number(level[1]) + 1}`;
    node.children?.forEach(nest);
  };
  return nest;
}

/**
 * An article's Markdown as HTML. `idPrefix` keeps heading and footnote ids unique when several
 * articles share a page (the whole-issue view), where `nested` puts its headings under the
 * article's title.
 */
export function ArticleBody({
  markdown,
  idPrefix = "",
  nested = false,
}: {
  markdown: string;
  idPrefix?: string;
  nested?: boolean;
}) {
  return (
    <div className="prose-article">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        remarkRehypeOptions={{
          clobberPrefix: `${idPrefix}user-content-`,
          // The footnotes' heading and back links speak Korean (the defaults are English).
          footnoteLabel: "각주",
          footnoteLabelProperties: { className: [] },
          footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
            `본문의 ${referenceIndex + 1}번 각주${rereferenceIndex > 1 ? `(${rereferenceIndex}번째)` : ""} 위치로 돌아가기`,
        }}
        rehypePlugins={[
          [rehypeSlug, { prefix: idPrefix }],
          ...(idPrefix ? [] : [rehypeSafeHeadingIds]),
          ...(nested ? [rehypeNestHeadings] : []),
        ]}
        components={components}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
