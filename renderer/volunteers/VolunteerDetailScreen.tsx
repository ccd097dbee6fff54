import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { Volunteer } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useCanCall } from '../app/can-call';
import { useSignedInUser } from '../app/vault-context';
import { VolunteerHoursSection } from '../hours/VolunteerHoursSection';
import { useDateLocale } from '../i18n/date-locale';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { EraseVolunteerButton } from './EraseVolunteerButton';
import { TrainingRecords } from './TrainingRecords';
import { useVolunteerId } from './useVolunteerId';
import { VolunteerDetails } from './VolunteerDetails';
import { VolunteerStatusButton } from './VolunteerStatusButton';
import { dateTimeFormat } from '../ui/intl-cache';

function VolunteerActions({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const isAdmin = useSignedInUser().role === 'admin';
  return (
    <>
      <Link
        className="button button--primary"
        to="/volunteers/$volunteerId/edit"
        params={{ volunteerId: String(volunteer.id) }}
      >
        {t('common.edit')}
      </Link>
      <VolunteerStatusButton volunteer={volunteer} />
      {isAdmin && <EraseVolunteerButton volunteer={volunteer} />}
    </>
  );
}

/** An erased volunteer's page says so, and nothing more: there is nothing left to show or do. */
function ErasedNotice({ erasedAt }: { erasedAt: string | null }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const date = erasedAt
    ? dateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(erasedAt))
    : '';
  return (
    <div className="alert alert--info erased-notice">
      <p>
        <strong>{t('volunteers.erase.erasedOn', { date })}</strong>
      </p>
      <p>{t('volunteers.erase.erasedText')}</p>
    </div>
  );
}

export function VolunteerDetailScreen() {
  const { t } = useTranslation();
  const id = useVolunteerId();
  const canSeeHours = useCanCall('getVolunteerHours');
  const volunteer = useQuery({
    queryKey: queryKeys.volunteer(id),
    queryFn: () => call('getVolunteer', { id }),
  });
  const data = volunteer.data;
  const title = !data
    ? t('volunteers.loadingTitle')
    : data.isErased
      ? t('volunteers.erase.erasedTitle')
      : data.displayName;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/volunteers">{t('volunteers.backToList')}</Link>
      </p>
      <PageHeader
        title={title}
        intro={
          data &&
          !data.isErased &&
          [t(`enums.volunteerStatus.${data.status}`), data.pronouns].filter(Boolean).join(' · ')
        }
        actions={data && !data.isErased && <VolunteerActions volunteer={data} />}
      />
      <QueryStatus
        isPending={volunteer.isPending}
        error={volunteer.error}
        onRetry={() => void volunteer.refetch()}
      />
      {data?.isErased && <ErasedNotice erasedAt={data.erasedAt} />}
      {data && !data.isErased && (
        <>
          <VolunteerDetails volunteer={data} />
          <TrainingRecords volunteer={data} />
          {canSeeHours && <VolunteerHoursSection volunteer={data} />}
        </>
      )}
    </>
  );
}
