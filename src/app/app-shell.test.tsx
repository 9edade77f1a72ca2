import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { Brand } from './Layout';

/** Drops the whitespace between tags that the HTML file has and React's output does not. */
function withoutBlankText(node: Node): Node {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()) child.remove();
    else withoutBlankText(child);
  }
  return node;
}

describe('the header index.html paints before the app loads', () => {
  const html = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');

  it('is the app header with the same logo link that Layout renders', () => {
    const shellBrand = html.querySelector('#root .app > header.site-header > .container.site-header__inner > a.brand');
    expect(shellBrand).not.toBeNull();
    const router = createMemoryRouter([{ path: '/', element: <Brand /> }]);
    const { container } = render(<RouterProvider router={router} />);
    const appBrand = container.querySelector('a.brand')!.cloneNode(true) as Element;
    appBrand.removeAttribute('data-discover'); // the router's marker for its own links
    expect(withoutBlankText(shellBrand!.cloneNode(true)).isEqualNode(appBrand)).toBe(true);
  });
});
