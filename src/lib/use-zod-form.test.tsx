import { act } from '@testing-library/react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { useZodForm } from './use-zod-form';

const schema = z.object({ email: z.string().min(1, 'Enter your email.'), name: z.string() });
const INITIAL = { email: '', name: '' };

function Form({ onValid }: { onValid: (data: z.output<typeof schema>) => void }) {
  const form = useZodForm(schema, INITIAL);
  return (
    <form onSubmit={form.handleSubmit(onValid)}>
      <input aria-label="Email" {...form.register('email')} />
      <input aria-label="Name" {...form.register('name')} />
      <button type="submit">Send</button>
    </form>
  );
}

const inputs = (container: HTMLElement) => container.querySelectorAll('input');

describe('useZodForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps what was typed into the server-rendered fields before the app hydrated them, and submits it', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Form onValid={() => {}} />);
    document.body.append(container);
    inputs(container)[0]!.value = 'ada@example.com'; // typed (or autofilled) before the app ran

    const onValid = vi.fn();
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Form onValid={onValid} />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(inputs(container)[0]!.value).toBe('ada@example.com');
    await act(async () => container.querySelector('button')!.click());
    expect(onValid).toHaveBeenCalledWith({ email: 'ada@example.com', name: '' });
  });

  it('starts a client-rendered form from its initial values', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const onValid = vi.fn();
    await act(async () => createRoot(container).render(<Form onValid={onValid} />));
    await act(async () => container.querySelector('button')!.click());
    expect(onValid).not.toHaveBeenCalled();
    expect(inputs(container)[0]!.value).toBe('');
  });
});
