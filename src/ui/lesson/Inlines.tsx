/** Lesson inline tokens as React elements (text nodes only; no HTML is ever parsed). */
import type { Block, Inline } from '../../content/lesson';
import { isSafeHref } from '../../content/inline';

export function Inlines({ tokens }: { tokens: Inline[] }) {
  return (
    <>
      {tokens.map((tok, i) => {
        switch (tok.kind) {
          case 'text':
            return <span key={i}>{tok.text}</span>;
          case 'code':
            return <code key={i}>{tok.text}</code>;
          case 'strong':
            return (
              <strong key={i}>
                <Inlines tokens={tok.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <Inlines tokens={tok.children} />
              </em>
            );
          case 'link':
            return isSafeHref(tok.href) ? (
              <a key={i} href={tok.href} target="_blank" rel="noopener noreferrer">
                <Inlines tokens={tok.children} />
              </a>
            ) : (
              <Inlines key={i} tokens={tok.children} />
            );
        }
      })}
    </>
  );
}

/** Paragraphs and list items; `post` notes are rendered by the caller. */
export function Blocks({ blocks, postLabel }: { blocks: Block[]; postLabel: string }) {
  const out: React.ReactNode[] = [];
  let items: Block[] = [];
  const flush = (key: number) => {
    if (items.length === 0) return;
    out.push(
      <ul key={`ul${key}`}>
        {items.map((b, j) => (
          <li key={j}>
            <Inlines tokens={b.inlines} />
          </li>
        ))}
      </ul>,
    );
    items = [];
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'item') {
      items.push(b);
      return;
    }
    flush(i);
    if (b.kind === 'post') {
      out.push(
        <aside key={i} className="lesson-post" aria-label={postLabel}>
          <p className="lesson-post-label">{postLabel}</p>
          <p>
            <Inlines tokens={b.inlines} />
          </p>
        </aside>,
      );
    } else {
      out.push(
        <p key={i}>
          <Inlines tokens={b.inlines} />
        </p>,
      );
    }
  });
  flush(blocks.length);
  return <>{out}</>;
}
