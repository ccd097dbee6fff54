// The printables of one meeting (issue 11): sign-in sheet, session plan, and all of them with the
// ground rules poster for "everything for tonight". Their subject is a session.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { PrintableId } from '../../../shared/print/printables';
import { usePrint } from '../print-context';
import type { PrintableModule } from '../printable-module';
import { sessionQuery } from './session-queries';
import { SessionPlanDocument } from './SessionPlan';
import { SessionSubject } from './SessionSubject';
import { SignInDocument } from './SignInSheet';
import { TonightDocument } from './Tonight';

/** "Grief Café – Sign-in sheet": the group and the printout (the file name adds the date). */
function fileTitleOf(printable: PrintableId) {
  return function useFileTitle(): string {
    const { t } = useTranslation();
    const { search } = usePrint();
    const session = useQuery({
      ...sessionQuery(search.sessionId ?? 0),
      enabled: search.sessionId !== undefined,
    });
    const title = t(`print.printables.${printable}.title`);
    return session.data ? `${session.data.groupName} – ${title}` : title;
  };
}

export const signIn: PrintableModule = {
  Document: SignInDocument,
  Subject: SessionSubject,
  useFileTitle: fileTitleOf('sign-in'),
};
export const sessionPlan: PrintableModule = {
  Document: SessionPlanDocument,
  Subject: SessionSubject,
  useFileTitle: fileTitleOf('session-plan'),
};
export const tonight: PrintableModule = {
  Document: TonightDocument,
  Subject: SessionSubject,
  useFileTitle: fileTitleOf('tonight'),
};
