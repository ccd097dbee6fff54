import { NotBuiltYet } from '../NotBuiltYet';
import type { PrintableModule } from '../printable-module';

// Placeholders until this slice of issue 11 lands.
export const meetingList: PrintableModule = { Document: NotBuiltYet };
export const calendar: PrintableModule = { Document: NotBuiltYet };
