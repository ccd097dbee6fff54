import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { GROUP_FOCUSES } from '../../shared/domain/groups';
import type { Dashboard } from '../../shared/domain/dashboard';
import { canCall } from '../app/can-call';
import { organisationQuery } from '../app/organisation-query';
import { useSignedInUser } from '../app/vault-context';
import { LastBackupNote } from '../backup/LastBackupNote';
import { CreateFirstGroupButton } from '../groups/CreateFirstGroupButton';
import { CoverConflictsPanel } from '../sessions/cover/CoverConflictsPanel';
import { CoverageGapsPanel } from '../sessions/cover/CoverageGapsPanel';
import { OpenIncidentsPanel } from '../sessions/incidents/OpenIncidentsPanel';
import { NeedsRecordPanel } from '../sessions/record/NeedsRecordPanel';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { AttendanceTrendPanel } from './AttendanceTrendPanel';
import { dashboardQuery } from './dashboard-queries';
import { ExpiringTrainingPanel } from './ExpiringTrainingPanel';
import { FigureList } from './FigureList';
import { MyNextSessionPanel } from './MyNextSessionPanel';
import { RecoveryKeyReminder } from './RecoveryKeyReminder';
import { ThisWeekPanel } from './ThisWeekPanel';

export function DashboardScreen() {
  const { t } = useTranslation();
  const { role } = useSignedInUser();
  const canBackUp = role !== 'facilitator';
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  const dashboard = useQuery(dashboardQuery);
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={dashboard.data?.organisationName} />
      <RecoveryKeyReminder />
      {dashboard.data?.needsVolunteerLink && (
        <p role="status" className="alert alert--warning">
          {t('dashboard.needsVolunteerLink')}
        </p>
      )}
      {canBackUp && <LastBackupNote linkToBackup />}
      {role === 'facilitator' && <MyNextSessionPanel />}
      <div className="dashboard__panels">
        {timeZone && <ThisWeekPanel timeZone={timeZone} />}
        {/* Each panel only for roles that may call its method: a facilitator sees none of the
            staff-only ones, and no figure about what they may not see. */}
        {canCall(role, 'listCoverageGaps') && <CoverageGapsPanel />}
        {canCall(role, 'listCoverConflicts') && <CoverConflictsPanel />}
        {canCall(role, 'listNeedsRecord') && <NeedsRecordPanel />}
        {canCall(role, 'updateIncident') && <OpenIncidentsPanel />}
        {canCall(role, 'listVolunteers') && <ExpiringTrainingPanel />}
        {canCall(role, 'getAttendanceTrend') && <AttendanceTrendPanel />}
      </div>
      <QueryStatus
        isPending={dashboard.isPending}
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
      {dashboard.data && <DashboardFigures dashboard={dashboard.data} />}
    </>
  );
}

function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { active, paused, archived } = dashboard.groupsByStatus;
  if (active + paused + archived === 0) {
    return (
      <EmptyState title={t('dashboard.emptyTitle')} action={<CreateFirstGroupButton />}>
        {t('dashboard.emptyText')}
      </EmptyState>
    );
  }
  const byFocus = GROUP_FOCUSES.map((focus) => ({
    focus,
    count: dashboard.groupsByFocus[focus] ?? 0,
  })).filter((row) => row.count > 0);
  return (
    <div className="dashboard">
      <section aria-labelledby="dashboard-groups">
        <h2 id="dashboard-groups">{t('dashboard.groupsHeading')}</h2>
        <FigureList
          figures={[
            { label: t('dashboard.active'), value: active },
            { label: t('dashboard.paused'), value: paused },
            { label: t('dashboard.archived'), value: archived },
            { label: t('dashboard.openToNewcomers'), value: dashboard.openToNewcomers },
            { label: t('dashboard.listedPublicly'), value: dashboard.listedPublicly },
            { label: t('dashboard.locations'), value: dashboard.locations },
          ]}
        />
      </section>
      <section aria-labelledby="dashboard-focus">
        <h2 id="dashboard-focus">{t('dashboard.byFocusHeading')}</h2>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('groups.fields.focus')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.groupCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byFocus.map(({ focus, count }) => (
              <tr key={focus}>
                <th scope="row">{t(`enums.focus.${focus}`)}</th>
                <td className="numeric">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
