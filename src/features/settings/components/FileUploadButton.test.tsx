import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileUploadButton } from './FileUploadButton';

const props = { accept: 'image/png', label: 'Choose a picture', busyLabel: 'Uploading…', describedBy: 'hint' };

describe('FileUploadButton', () => {
  it('hands each picked file on, the same file again too', async () => {
    const user = userEvent.setup();
    const onFile = vi.fn();
    render(<FileUploadButton {...props} busy={false} onFile={onFile} />);
    const file = new File(['x'], 'me.png', { type: 'image/png' });
    const input = screen.getByLabelText('Choose a picture');
    await user.upload(input, file);
    await user.upload(input, file);
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(onFile).toHaveBeenLastCalledWith(file);
    expect(input).toHaveValue('');
  });

  it('says it is busy while an upload runs', () => {
    render(<FileUploadButton {...props} busy onFile={() => {}} />);
    expect(screen.getByRole('button', { name: /Uploading…/ })).toBeInTheDocument();
  });
});
