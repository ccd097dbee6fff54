/**
 * Saves text as a file through the browser's own download (a Blob and a link with `download`):
 * it works the same in the browser host and in Electron, and nothing touches the disk until the
 * person saves. The object URL is revoked after the click so the text does not stay in memory.
 */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob asynchronously after the click: revoke on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
