import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeToggle } from './ThemeToggle';

describe('ThemeToggle', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
    document.body.innerHTML = '';
  });

  it('hydrates the prerendered toggle (no stored theme) without a mismatch, then shows the stored theme', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ThemeToggle />);
    document.body.append(container);
    expect(container.querySelector('button')).toHaveAccessibleName('Colour theme: System. Switch to Light.');

    localStorage.setItem('interviewai.theme', 'dark');
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <ThemeToggle />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.querySelector('button')).toHaveAccessibleName('Colour theme: Dark. Switch to System.');
  });

  it('cycles system → light → dark, applying and storing each choice', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const { createRoot } = await import('react-dom/client');
    const root = createRoot(container);
    await act(async () => root.render(<ThemeToggle />));
    const button = () => container.querySelector('button')!;
    await act(async () => button().click());
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem('interviewai.theme')).toBe('light');
    await act(async () => button().click());
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(button()).toHaveAccessibleName('Colour theme: Dark. Switch to System.');
    await act(async () => button().click());
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem('interviewai.theme')).toBeNull();
    act(() => root.unmount());
  });
});
