import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { ChartFigure } from "./chart-figure";

function textOf(children: React.ReactNode): string {
  if (typeof children === "string") return children;
  if (Array.isArray(children)) return children.map(textOf).join("");
  return "";
}

// Raw HTML in Markdown is never rendered (react-markdown drops it without rehype-raw), and
// react-markdown's default URL filter removes javascript: and other unsafe link targets.
const components: Components = {
  table: ({ children }) => (
    <div className="my-4 overflow-x-auto" tabIndex={0} role="region" aria-label="표">
      <table>{children}</table>
    </div>
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

export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose-article">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSlug]}
        components={components}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
