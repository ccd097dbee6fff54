import { TextDecoder } from 'node:util';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ImportVolunteersScreen } from '../../../renderer/volunteer-import/ImportVolunteersScreen';
import { renderInRouter } from '../support/render';

// jsdom has no TextDecoder (the browser's decodes Windows-1252 the same way as Node's).
globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;
// jsdom's Blob has no arrayBuffer(); browsers and Electron do. FileReader reads the same bytes.
Blob.prototype.arrayBuffer ??= function arrayBuffer(this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
};

export const renderImportScreen = () => renderInRouter(<ImportVolunteersScreen />);

/** Chooses a file in the screen's file input, as the browser's file dialog would. */
export async function chooseFile(name: string, content: string | Uint8Array<ArrayBuffer>) {
  const input = screen.getByLabelText<HTMLInputElement>('Choose a CSV file…');
  const file = new File([content], name, { type: 'text/csv' });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  // Reading is asynchronous (a frame for the progress note, then the bytes).
  await waitFor(() => expect(screen.queryByText('Reading the file…')).toBeNull(), {
    timeout: 5000,
  });
}

/** The isolate marks a value from the file gets inside a sentence or label. */
export const iso = (text: string) => `\u2068${text}\u2069`;

export const columnSelect = (header: string) =>
  screen.getByLabelText<HTMLSelectElement>(`Field for column “${iso(header)}”`);
