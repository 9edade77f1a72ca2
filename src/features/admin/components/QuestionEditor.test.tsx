import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { toPayload, type QuestionFormOutput } from '../api/save-question';
import { QuestionEditor } from './QuestionEditor';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

async function fillBasics(user: ReturnType<typeof userEvent.setup>) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Question' }), {
    target: { value: 'Explain how a B-tree index speeds up range queries.' },
  });
  await user.click(screen.getByRole('button', { name: 'Add criterion' }));
  await user.click(screen.getByRole('button', { name: 'Add criterion' }));
  await user.type(screen.getByRole('textbox', { name: 'Criterion 1' }), 'Correctness');
  await user.type(screen.getByRole('textbox', { name: 'Criterion 2' }), 'Depth');
}

describe('QuestionEditor', () => {
  it('refuses criteria weights that do not add up to 100 and shows the running total', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    renderWithProviders(<QuestionEditor isSaving={false} onSave={onSave} />);
    await fillBasics(user);
    const weights = screen.getAllByRole('textbox', { name: 'Weight (%)' });
    await user.type(weights[0]!, '60');
    await user.type(weights[1]!, '30');
    expect(screen.getByText('Total weight: 90 of 100.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    expect(await screen.findByText('Criteria weights must add up to 100 (now 90).')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(weights[1]!);
    await user.type(weights[1]!, '40');
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const values = onSave.mock.calls[0]![0] as QuestionFormOutput;
    expect(values.criteria.map((c) => [c.criterion, c.weight])).toEqual([
      ['Correctness', 60],
      ['Depth', 40],
    ]);
    expect(toPayload(values).evaluation_criteria).toEqual([
      { criterion: 'Correctness', weight: 60 },
      { criterion: 'Depth', weight: 40 },
    ]);
  });

  it('validates variants, test case JSON and the function name of coding questions', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    renderWithProviders(<QuestionEditor isSaving={false} onSave={onSave} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Question' }), { target: { value: 'Write a function that reverses a string.' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'coding');
    await user.click(screen.getByRole('button', { name: 'Add variant' }));
    await user.type(screen.getByRole('textbox', { name: 'Variant 1' }), 'short');
    await user.click(screen.getByRole('button', { name: 'Add test case' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Input 1 (JSON)' }), { target: { value: '["abc"' } });
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    expect(await screen.findByText('Variant text must be at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('Input must be valid JSON (e.g. [1, 2] or "text").')).toBeInTheDocument();
    expect(screen.getByText('Coding questions with test cases need the function name to call.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(screen.getByRole('textbox', { name: 'Variant 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Variant 1' }), 'Reverse a string without using built-ins.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Input 1 (JSON)' }), { target: { value: '["abc"]' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Expected output (JSON)' }), { target: { value: '"cba"' } });
    await user.type(screen.getByRole('textbox', { name: 'Function name' }), 'reverse');
    await user.type(screen.getByRole('textbox', { name: /^Tags/ }), 'strings, basics');
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const payload = toPayload(onSave.mock.calls[0]![0] as QuestionFormOutput);
    expect(payload).toMatchObject({
      type: 'coding',
      function_name: 'reverse',
      tags: ['strings', 'basics'],
      variants: [{ question: 'Reverse a string without using built-ins.' }],
      test_cases: [{ input: ['abc'], expectedOutput: 'cba' }],
      evaluation_criteria: [],
    });
  });
});
