import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { todayIn } from '../../../shared/domain/civil-dates';
import type { Group } from '../../../shared/domain/groups';
import { addExtraSessionInputSchema } from '../../../shared/domain/sessions';
import { call } from '../../api/client';
import { useCanCall } from '../../app/can-call';
import { organisationQuery } from '../../app/organisation-query';
import { Button } from '../../ui/Button';
import { valuesToPlace } from './session-place-values';
import { SessionPlaceDialog } from './SessionPlaceDialog';
import { useSessionChange } from './useSessionChange';

/**
 * "Add an extra session" on a group's page: a one-off meeting, by default at the group's usual
 * time and place; a past date records a meeting that already happened. Opens the new session.
 */
export function AddExtraSessionButton({ group }: { group: Group }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canAdd = useCanCall('addExtraSession');
  const change = useSessionChange();
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  const [isOpen, setIsOpen] = useState(false);
  if (!canAdd) return null;
  const toInput = (values: Parameters<typeof valuesToPlace>[0]) => ({
    groupId: group.id,
    ...valuesToPlace(values),
  });
  return (
    <>
      <Button onPress={() => setIsOpen(true)}>{t('closures.extra.add')}</Button>
      {isOpen && (
        <SessionPlaceDialog
          title={t('closures.extra.title', { name: group.name })}
          intro={t('closures.extra.intro')}
          saveLabel={t('closures.extra.save')}
          draftKey={`extraSession:${group.id}`}
          initialValues={{
            date: timeZone ? todayIn(timeZone) : '',
            startTime: group.schedule.startTime,
            durationMinutes: String(group.schedule.durationMinutes),
            locationId: group.locationId === null ? '' : String(group.locationId),
            room: group.room,
          }}
          schema={addExtraSessionInputSchema}
          toInput={toInput}
          onSave={async (input) => {
            const session = await change(() => call('addExtraSession', input));
            void navigate({
              to: '/sessions/$sessionId',
              params: { sessionId: String(session.id) },
            });
          }}
          onClose={() => setIsOpen(false)}
        />
      )}
    </>
  );
}
