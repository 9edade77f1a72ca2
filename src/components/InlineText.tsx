import { Fragment, type ReactNode } from 'react';

type Options = {
  /** **bold** spans (coach replies). */
  bold?: boolean;
  /** http(s) URLs become links that open in a new tab (coach replies). */
  links?: boolean;
};

const URL_PATTERN = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/;

function withLinks(text: string, keyPrefix: string): ReactNode[] {
  const parts = text.split(new RegExp(`(${URL_PATTERN.source})`, 'g'));
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <a key={`${keyPrefix}-${index}`} href={part} target="_blank" rel="noopener noreferrer">
        {part}
      </a>
    ) : (
      <Fragment key={`${keyPrefix}-${index}`}>{part}</Fragment>
    ),
  );
}

/**
 * `code` (and optionally **bold** and links) inside one line of text. Text only: nothing is parsed as HTML,
 * so question texts and model replies cannot inject markup.
 */
export function renderInline(text: string, options: Options = {}): ReactNode[] {
  const pattern = options.bold ? /(\*\*[^*]+\*\*|`[^`]+`)/g : /(`[^`]+`)/g;
  return text.split(pattern).map((part, index) => {
    if (options.bold && part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return <code key={index}>{part.slice(1, -1)}</code>;
    return <Fragment key={index}>{options.links ? withLinks(part, String(index)) : part}</Fragment>;
  });
}

/** A question text (or any plain text) with `inline code` rendered as code. */
export function InlineText({ text }: { text: string }) {
  return <>{renderInline(text)}</>;
}
