import { useRef, type ChangeEvent } from 'react';
import { Button } from '@/components/Button';

type Props = {
  /** The file types the picker offers (MIME types). */
  accept: string;
  /** The button's text, also the hidden input's accessible name. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** The id of the text that explains what may be uploaded. */
  describedBy: string;
  onFile: (file: File) => void;
};

/**
 * A button that opens the browser's file picker and hands the chosen file on. The input is emptied after
 * each pick so choosing the same file again (after fixing an error) still uploads it.
 */
export function FileUploadButton({ accept, label, busyLabel, busy, describedBy, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={accept}
        aria-label={label}
        aria-describedby={describedBy}
        onChange={choose}
      />
      <Button variant="secondary" onClick={() => input.current?.click()} isLoading={busy}>
        {busy ? busyLabel : label}
      </Button>
    </>
  );
}
