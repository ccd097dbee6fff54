import type { PrintableModule } from '../printable-module';
import { FunderPeriodSubject } from './FunderPeriodSubject';
import { FunderReportDocument } from './FunderReportDocument';
import { useFunderReportFileTitle } from './use-funder-report';

export const funderReport: PrintableModule = {
  Document: FunderReportDocument,
  Subject: FunderPeriodSubject,
  useFileTitle: useFunderReportFileTitle,
};
