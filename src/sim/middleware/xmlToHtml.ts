/** A tiny XML reader and the "stylesheet" the xslt layer applies. */

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function parseXml(xml: string): Node {
  const root: Node = { tag: '#document', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) top.text += m[5].trim();
    else if (!m[2]) continue;
    else if (m[1]) {
      if (stack.length > 1) stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
      const node: Node = { tag: m[2], attrs, children: [], text: '' };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    }
  }
  return root.children[0] ?? root;
}

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function render(node: Node, depth: number): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` <small>${esc(k)}=${esc(v)}</small>`)
    .join('');
  if (node.children.length === 0)
    return `<li><b>${esc(node.tag)}</b>${attrs}: ${esc(node.text)}</li>`;
  const h = `h${Math.min(depth + 2, 6)}`;
  const items = node.children.map((c) => render(c, depth + 1)).join('\n');
  return `<li><${h}>${esc(node.tag)}${attrs}</${h}>\n<ul>\n${items}\n</ul></li>`;
}

export function xmlToHtml(xml: string): string {
  const root = parseXml(xml);
  const items = root.children.map((c) => render(c, 0)).join('\n');
  return `<!doctype html>\n<html><head><title>${esc(root.tag)}</title></head>\n<body>\n<h1>${esc(root.tag)}</h1>\n<ul>\n${items}\n</ul>\n</body></html>\n`;
}
