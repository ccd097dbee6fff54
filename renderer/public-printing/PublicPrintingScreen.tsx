import { useTranslation } from 'react-i18next';
import type { PublicSnapshot } from '../../shared/domain/public-snapshot';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { dateLocale } from '../i18n/date-locale';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { localToday } from '../ui/format';
import { QueryStatus } from '../ui/QueryStatus';
import { weekdayName } from '../groups/describe-schedule';
import { PreLoginLayout } from '../vault/PreLoginLayout';
import { meetingDays } from './meeting-days';
import { PublicGroupTable } from './PublicGroupTable';
import { usePublicPrinting } from './use-public-printing';

/** Screen only: the way back to sign-in, and Print once there is a list to print. */
function Toolbar({ canPrint }: { canPrint: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="public-list__toolbar screen-only">
      <a href={`#${PRE_LOGIN_PATHS.login}`}>{t('publicPrinting.backToSignIn')}</a>
      {canPrint && (
        <Button variant="primary" onPress={() => window.print()}>
          {t('publicPrinting.print')}
        </Button>
      )}
    </div>
  );
}

function OrganisationContact({ snapshot }: { snapshot: PublicSnapshot }) {
  const { t } = useTranslation();
  const { name, address, phone, email } = snapshot.organisation;
  return (
    <section className="public-list__contact" aria-labelledby="public-contact">
      <h2 id="public-contact">{t('publicPrinting.contactHeading')}</h2>
      <address>
        <strong>{name}</strong>
        {[address, phone, email].filter(Boolean).map((line) => (
          <span key={line} className="public-list__line">
            {line}
          </span>
        ))}
      </address>
    </section>
  );
}

function MeetingList({ snapshot }: { snapshot: PublicSnapshot }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.language, navigator.languages, snapshot.organisation.dateRegion);
  const today = localToday();
  const days = meetingDays(snapshot.groups, today);
  const updated = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(snapshot.writtenAt),
  );
  return (
    <>
      <p className="public-list__updated">
        {snapshot.organisation.name} · {t('publicPrinting.updated', { date: updated })}
      </p>
      {days.length === 0 ? (
        <EmptyState title={t('publicPrinting.emptyTitle')}>
          {t('publicPrinting.emptyText')}
        </EmptyState>
      ) : (
        days.map(({ day, groups }) => {
          const heading = day ? weekdayName(day, locale) : t('publicPrinting.otherDays');
          return (
            <section key={day ?? 'other'} className="public-list__day">
              <h2 className="public-list__day-heading">{heading}</h2>
              <PublicGroupTable
                caption={t('publicPrinting.tableCaption', { day: heading })}
                groups={groups}
                locale={locale}
                today={today}
              />
            </section>
          );
        })
      )}
      <OrganisationContact snapshot={snapshot} />
    </>
  );
}

/**
 * Reception's print station: the public meeting list with no password. It reads only the public
 * snapshot file through `getPublicSnapshot`, never the database, so it works while locked.
 */
export function PublicPrintingScreen() {
  const { t } = useTranslation();
  const { printing, error, reload } = usePublicPrinting();
  let content;
  if (!printing) {
    content = <QueryStatus isPending error={error} onRetry={reload} />;
  } else if (printing.status === 'ready') {
    content = <MeetingList snapshot={printing.snapshot} />;
  } else {
    const key = printing.status === 'off' ? 'off' : 'unreadable';
    content = (
      <EmptyState title={t(`publicPrinting.${key}Title`)}>
        {t(`publicPrinting.${key}Text`)}
      </EmptyState>
    );
  }
  return (
    <PreLoginLayout title={t('publicPrinting.title')} intro={t('publicPrinting.intro')} wide>
      <Toolbar canPrint={printing?.status === 'ready'} />
      {content}
    </PreLoginLayout>
  );
}
