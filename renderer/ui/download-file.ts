import type { SaveFileRequest, SaveOutcome } from '../../shared/api/bridge';

export const CSV_MIME_TYPE: SaveFileRequest['mime'] = 'text/csv;charset=utf-8';

/**
 * Saves text as a file. In the desktop app (which cancels every download) main asks where to
 * save it and writes it whole; in the browser host, the browser's own download (a Blob and a
 * link with `download`), whose progress the browser shows itself. Nothing touches the disk until
 * the person saves.
 */
export async function saveTextFile(
  fileName: string,
  text: string,
  mime: SaveFileRequest['mime'],
): Promise<SaveOutcome | 'downloading'> {
  const bridge = window.circlekeeper;
  if (bridge?.saveFile) return bridge.saveFile({ suggestedName: fileName, text, mime });
  downloadInBrowser(fileName, text, mime);
  return 'downloading';
}

function downloadInBrowser(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob asynchronously after the click: revoke on the next turn.
  // The object URL is revoked so the text does not stay in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
