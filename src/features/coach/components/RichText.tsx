import type { ReactNode } from 'react';
import { renderInline } from '@/components/InlineText';

/** **bold**, `code` and links (resource URLs) inside a line — text only, never HTML. */
const inline = (text: string): ReactNode[] => renderInline(text, { bold: true, links: true });

/** Minimal, safe rendering of the coach's replies: paragraphs, headings, bullet and numbered lists. */
export function RichText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (!list) return;
    const Tag = list.ordered ? 'ol' : 'ul';
    blocks.push(
      <Tag key={`l${blocks.length}`} className="bullets">
        {list.items.map((item, i) => (
          <li key={i}>{inline(item)}</li>
        ))}
      </Tag>,
    );
    list = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
      continue;
    }
    flush();
    if (line.trim() === '') continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading)
      blocks.push(
        <p key={`h${blocks.length}`} className="rich__heading">
          {inline(heading[1]!)}
        </p>,
      );
    else blocks.push(<p key={`p${blocks.length}`}>{inline(line)}</p>);
  }
  flush();
  return <div className="rich">{blocks}</div>;
}
