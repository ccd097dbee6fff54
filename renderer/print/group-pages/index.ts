import { NotBuiltYet } from '../NotBuiltYet';
import type { PrintableModule } from '../printable-module';

// Placeholders until this slice of issue 11 lands.
export const flyer: PrintableModule = { Document: NotBuiltYet };
export const groundRules: PrintableModule = { Document: NotBuiltYet };
