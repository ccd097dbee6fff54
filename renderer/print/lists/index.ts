import type { PrintableModule } from '../printable-module';
import { CalendarDocument, CalendarSubject } from './CalendarDocument';
import { MeetingListDocument, MeetingListSubject } from './MeetingListDocument';

export const meetingList: PrintableModule = {
  Document: MeetingListDocument,
  Subject: MeetingListSubject,
};
export const calendar: PrintableModule = { Document: CalendarDocument, Subject: CalendarSubject };
