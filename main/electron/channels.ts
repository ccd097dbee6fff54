// The IPC channels between the preload and main: every API call goes through the first.
export const CALL_CHANNEL = 'circlekeeper:call';
/** Asks main to open an http(s) link in the OS web browser. */
export const OPEN_EXTERNAL_CHANNEL = 'circlekeeper:open-external';
/** The system print dialog for the main window's page (never silent). */
export const PRINT_CHANNEL = 'circlekeeper:print';
/** The page as PDF, saved where the person chooses. */
export const SAVE_PDF_CHANNEL = 'circlekeeper:save-pdf';
/** Text from the page (a CSV export), saved where the person chooses. */
export const SAVE_FILE_CHANNEL = 'circlekeeper:save-file';
