import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { articleHeadings } from "@/lib/bulletin/outline";
import { ArticleBody } from "./article-body";

// Markdown from editors and imports must never become script. Each payload is rendered the way
// the public page renders it, and the HTML that comes out is checked.
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)>",
  '<iframe src="https://evil.example"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  "<style>body{display:none}</style>",
  '<a href="javascript:alert(1)">x</a>',
  '<div onclick="alert(1)">click</div>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<details open ontoggle="alert(1)">',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](javascript&#58;alert(1))",
  "[click]( javascript:alert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<javascript:alert(1)>",
  "![x](javascript:alert(1))",
  '![x](x "onerror=alert(1)")',
  '[x](https://example.com "\\" onmouseover=\\"alert(1)")',
  "[ref][1]\n\n[1]: javascript:alert(1)",
  "| a | <img src=x onerror=alert(1)> |\n| - | - |\n| <script>alert(1)</script> | b |",
  "각주[^1]\n\n[^1]: <script>alert(1)</script> [x](javascript:alert(1))",
  '```chart\n{"type":"bar","title":"<img src=x onerror=alert(1)>","categories":["<script>alert(1)</script>"],"series":[{"name":"\\u003cscript\\u003e","data":[1]}],"source":"</figure><script>alert(1)</script>"}\n```',
  '```chart\n{"type":"bar","title":"x","categories":["a"],"series":[{"name":"s","data":[1]}],"note":"javascript:alert(1)"}\n```',
  "```html\n<script>alert(1)</script>\n```",
  "`<script>alert(1)</script>`",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<a href='&#106;avascript:alert(1)'>x</a>",
  "[x](&#x6A;avascript:alert(1))",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

function render(markdown: string) {
  return renderToStaticMarkup(<ArticleBody markdown={markdown} />);
}

/** Every attribute of every element in the HTML, as [name, value]; text and quoted values are skipped over. */
function attributes(html: string) {
  const found: [string, string][] = [];
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    for (const m of tag.matchAll(
      /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g,
    )) {
      found.push([m[1]!.toLowerCase(), (m[2] ?? "").replace(/^["']|["']$/g, "")]);
    }
  }
  return found;
}

describe("ArticleBody with hostile Markdown", () => {
  it("has at least 30 payloads", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  it.each(payloads)("renders %j without executable HTML", (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<(script|iframe|object|embed|style|form|meta|base|math|noscript)\b/i);
    for (const [name, value] of attributes(html)) {
      expect(name, html).not.toMatch(/^on/);
      if (["href", "src", "action", "data", "formaction"].includes(name)) {
        expect(value.replace(/&#x?[0-9a-f]+;?|\s/gi, ""), html).not.toMatch(
          /^(javascript|vbscript|data):/i,
        );
      }
    }
  });

  it("shows raw HTML as text rather than running it", () => {
    const html = render("안녕 <b onclick=x>굵게</b>");
    expect(html).toContain("&lt;b onclick=x&gt;굵게&lt;/b&gt;");
    expect(html).not.toContain("<b");
  });

  it("still renders ordinary Markdown: tables, footnotes, safe links", () => {
    const html = render(
      "| 분야 | 인원 |\n| --- | ---: |\n| AI | 3 |\n\n본문[^1] [고용24](https://www.work24.go.kr)\n\n[^1]: 각주",
    );
    expect(html).toContain("<table>");
    expect(html).toContain('href="https://www.work24.go.kr"');
    expect(html).toMatch(/<section[^>]*footnotes/);
  });

  it("keeps an image whose address is refused as its description, and a safe image as an image", () => {
    const refused = render("![인천항 물동량 추이](javascript:alert(1))");
    expect(refused).not.toContain("<img");
    expect(refused).toContain("인천항 물동량 추이");
    expect(render("![항만](/media/port.png)")).toMatch(/<img src="\/media\/port.png" alt="항만"/);
  });

  it("draws an uploaded figure with its size reserved and every served width to choose from", () => {
    const html = render("![인천 수출 추이 막대그래프](/media/0123456789abcdef/1200x675.webp)");
    expect(html).toContain('src="/media/0123456789abcdef/1200x675.webp"');
    expect(html).toContain(
      'srcSet="/media/0123456789abcdef/480.webp 480w, /media/0123456789abcdef/800.webp 800w, /media/0123456789abcdef/1200.webp 1200w"',
    );
    expect(html).toMatch(/width="1200" height="675"/);
    expect(html).toContain('alt="인천 수출 추이 막대그래프"');
  });

  it("shows an image from another site as its description, as the public pages' policy would block it", () => {
    for (const src of [
      "https://example.com/port.png",
      "//example.com/port.png",
      "http://x/y.png",
    ]) {
      const html = render(`![항만 전경](${src})`);
      expect(html, src).not.toContain("<img");
      expect(html, src).toContain("항만 전경");
    }
  });

  it("shows a malformed chart as an inline error instead of breaking the page", () => {
    const html = render('```chart\n{"type":"pie","title":"x"}\n```\n\n다음 문단');
    expect(html).toContain('role="alert"');
    expect(html).toContain("차트를 표시할 수 없습니다");
    expect(html).toContain("다음 문단");
  });
});

describe("heading ids", () => {
  const markdown =
    "## __next_f\n\n## related\n\n## h-related\n\n## 인천 현황\n\n본문[^1]\n\n[^1]: 각주";

  it("never name a script's global or the page's own parts, are unique, and match the outline", () => {
    const html = renderToStaticMarkup(<ArticleBody markdown={markdown} />);
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map(([, id]) => id);
    expect(ids).toEqual(["h-__next_f", "h-related-1", "h-related", "인천-현황", "footnote-label"]);
    expect(articleHeadings(markdown).map((heading) => heading.id)).toEqual(ids.slice(0, 4));
  });
});

describe("an article body on a page of several articles", () => {
  const markdown = "## 지원 내용\n\n본문[^1]\n\n### 세부\n\n[^1]: 각주 내용";
  const headings = (html: string) => [...html.matchAll(/<(h\d)[ >]/g)].map(([, tag]) => tag);

  it("puts its headings under the article's title, footnotes' too, keeping their anchors", () => {
    const alone = renderToStaticMarkup(<ArticleBody markdown={markdown} />);
    expect(headings(alone)).toEqual(["h2", "h3", "h2"]);
    const nested = renderToStaticMarkup(<ArticleBody markdown={markdown} idPrefix="a1-" nested />);
    expect(headings(nested)).toEqual(["h3", "h4", "h3"]);
    expect(nested).toContain('<h4 id="a1-세부">');
    expect(nested).toContain('href="#a1-세부"');
  });
});
