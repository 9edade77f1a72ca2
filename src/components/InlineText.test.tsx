import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { InlineText, renderInline } from './InlineText';

describe('InlineText', () => {
  it('renders backticks as inline code, never as HTML', () => {
    const { container } = render(
      <p>
        <InlineText text="Write `twoSum(nums, target)` that returns <b>indices</b>." />
      </p>,
    );
    expect(container.querySelector('code')?.textContent).toBe('twoSum(nums, target)');
    expect(container.textContent).toBe('Write twoSum(nums, target) that returns <b>indices</b>.');
    expect(container.querySelector('b')).toBeNull();
  });

  it('turns URLs into links when asked (coach resources), leaving trailing punctuation outside', () => {
    render(
      <p>{renderInline('Read https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS. Then **practise**.', { bold: true, links: true })}</p>,
    );
    const link = screen.getByRole('link', { name: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS' });
    expect(link).toHaveAttribute('href', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('practise').tagName).toBe('STRONG');
  });
});
