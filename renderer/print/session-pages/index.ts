import { NotBuiltYet } from '../NotBuiltYet';
import type { PrintableModule } from '../printable-module';

// Placeholders until this slice of issue 11 lands.
export const signIn: PrintableModule = { Document: NotBuiltYet };
export const sessionPlan: PrintableModule = { Document: NotBuiltYet };
export const tonight: PrintableModule = { Document: NotBuiltYet };
