import type { PrintableModule } from '../printable-module';
import { ContactsDocument } from './ContactsDocument';
import { RotaDocument } from './RotaDocument';
import { RotaSubject } from './RotaSubject';

// The volunteer rota and the contact sheet (issue 11): both print the people of one period, from
// listRota, so both are for staff only.
export const rota: PrintableModule = { Document: RotaDocument, Subject: RotaSubject };
export const contacts: PrintableModule = { Document: ContactsDocument, Subject: RotaSubject };
