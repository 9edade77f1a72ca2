import { useId, useRef, type KeyboardEvent } from 'react';
import './code-editor.css';
import { useT } from '../i18n';

type CodeEditorProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  describedBy?: string;
};

const INDENT = '  ';

/**
 * A lightweight accessible code editor: a monospace textarea with line numbers and Tab / Shift+Tab
 * indentation. Press Escape first to make Tab move focus out again (no keyboard trap).
 */
export function CodeEditor({ label, value, onChange, disabled, describedBy }: CodeEditorProps) {
  const { t } = useT();
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const tabEscapes = useRef(false);
  const lines = value.split('\n').length;

  const replaceSelection = (next: string, selectionStart: number, selectionEnd: number) => {
    onChange(next);
    requestAnimationFrame(() => {
      textareaRef.current?.setSelectionRange(selectionStart, selectionEnd);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const el = event.currentTarget;
    if (event.key === 'Escape') {
      tabEscapes.current = true;
      return;
    }
    if (event.key !== 'Tab' && event.key !== 'Enter') {
      tabEscapes.current = false;
      return;
    }
    const { selectionStart: start, selectionEnd: end } = el;
    if (event.key === 'Enter') {
      // Keep the indentation of the current line.
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const indent = /^[ \t]*/.exec(value.slice(lineStart, start))?.[0] ?? '';
      const extra = value[start - 1] === '{' || value[start - 1] === '(' || value[start - 1] === '[' ? INDENT : '';
      if (!indent && !extra) return;
      event.preventDefault();
      const insert = `\n${indent}${extra}`;
      replaceSelection(value.slice(0, start) + insert + value.slice(end), start + insert.length, start + insert.length);
      return;
    }
    if (tabEscapes.current || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    if (event.shiftKey) {
      const block = value.slice(lineStart, end);
      const outdented = block.replace(/^ {1,2}/gm, '');
      const removedFirst = block.length - block.replace(/^ {1,2}/, '').length;
      replaceSelection(
        value.slice(0, lineStart) + outdented + value.slice(end),
        Math.max(lineStart, start - removedFirst),
        end - (block.length - outdented.length),
      );
    } else if (start !== end && value.slice(start, end).includes('\n')) {
      const block = value.slice(lineStart, end);
      const indented = block.replace(/^/gm, INDENT);
      replaceSelection(
        value.slice(0, lineStart) + indented + value.slice(end),
        start + INDENT.length,
        end + (indented.length - block.length),
      );
    } else {
      replaceSelection(value.slice(0, start) + INDENT + value.slice(end), start + INDENT.length, start + INDENT.length);
    }
  };

  return (
    <div className="field code-editor">
      <label className="field__label" htmlFor={`${id}-code`}>
        {label}
      </label>
      <p id={`${id}-help`} className="field__hint">
        {t('codeEditor.help')}
      </p>
      <div className="code-editor__frame">
        <div ref={gutterRef} className="code-editor__gutter" aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <span key={i}>{i + 1}</span>
          ))}
        </div>
        <textarea
          ref={textareaRef}
          id={`${id}-code`}
          className="code-editor__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onScroll={(event) => {
            if (gutterRef.current) gutterRef.current.scrollTop = event.currentTarget.scrollTop;
          }}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          wrap="off"
          rows={Math.min(24, Math.max(10, lines + 2))}
          disabled={disabled}
          aria-describedby={[`${id}-help`, describedBy].filter(Boolean).join(' ')}
        />
      </div>
    </div>
  );
}
