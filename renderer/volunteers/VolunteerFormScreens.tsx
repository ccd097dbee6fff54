import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { Volunteer, VolunteerInput } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { useVolunteerId } from './useVolunteerId';
import { VolunteerForm } from './VolunteerForm';
import { emptyVolunteerValues, volunteerToValues } from './volunteer-form-values';

/** After a save: a fresh list and readiness everywhere, then the volunteer's page. */
function useAfterSave() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (volunteer: Volunteer) => {
    queryClient.setQueryData(queryKeys.volunteer(volunteer.id), volunteer);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.volunteers }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
    ]);
    await navigate({
      to: '/volunteers/$volunteerId',
      params: { volunteerId: String(volunteer.id) },
    });
  };
}

export function NewVolunteerScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const afterSave = useAfterSave();
  const save = async (input: VolunteerInput) => afterSave(await call('createVolunteer', input));
  return (
    <>
      <PageHeader title={t('volunteerForm.newTitle')} intro={t('volunteerForm.intro')} />
      <VolunteerForm
        draftKey="volunteer:new"
        initialValues={emptyVolunteerValues()}
        onSave={save}
        onCancel={() => void navigate({ to: '/volunteers' })}
      />
    </>
  );
}

export function EditVolunteerScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useVolunteerId();
  const afterSave = useAfterSave();
  const volunteer = useQuery({
    queryKey: queryKeys.volunteer(id),
    queryFn: () => call('getVolunteer', { id }),
  });
  const save = async (input: VolunteerInput) =>
    afterSave(await call('updateVolunteer', { id, ...input }));
  const backToVolunteer = () =>
    void navigate({ to: '/volunteers/$volunteerId', params: { volunteerId: String(id) } });
  return (
    <>
      <PageHeader
        title={
          volunteer.data && !volunteer.data.isErased
            ? t('volunteerForm.editTitle', { name: volunteer.data.displayName })
            : t('volunteerForm.editTitleLoading')
        }
        intro={t('volunteerForm.intro')}
      />
      <QueryStatus
        isPending={volunteer.isPending}
        error={volunteer.error}
        onRetry={() => void volunteer.refetch()}
      />
      {volunteer.data?.isErased && (
        <ErrorAlert>
          <p>{t('errors.volunteerErased')}</p>
          <Button onPress={backToVolunteer}>{t('volunteerForm.backToVolunteer')}</Button>
        </ErrorAlert>
      )}
      {volunteer.data && !volunteer.data.isErased && (
        <VolunteerForm
          draftKey={`volunteer:${id}`}
          initialValues={volunteerToValues(volunteer.data)}
          onSave={save}
          onCancel={backToVolunteer}
        />
      )}
    </>
  );
}
