import type { PrintableModule } from '../printable-module';
import { ResourceSheet } from './ResourceSheet';

export const resources: PrintableModule = { Document: ResourceSheet };
