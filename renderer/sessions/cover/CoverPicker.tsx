import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import { FACILITATOR_ROLES, type FacilitatorRole } from '../../../shared/domain/facilitators';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormRadioGroupField } from '../../ui/form-fields';
import type { FacilitatorFormValues } from '../../groups/facilitators/facilitator-form';
import { VolunteerPicker } from '../../groups/facilitators/VolunteerPicker';
import type { CoverRow } from './cover-form';

interface CoverPickerProps {
  /** The person whose place is being filled, or null to add someone. */
  replacing: CoverRow | null;
  /** The role offered first when adding (a session with no lead asks for a lead). */
  addRole: FacilitatorRole;
  excludedIds: ReadonlySet<number>;
  onChoose: (row: CoverRow) => void;
  onCancelReplace: () => void;
}

/**
 * Finds a volunteer to add to the session, or to take someone's place (keeping their role).
 * The group screen's picker searches the core as the person types; its small form stays apart
 * from the dialog's so that choosing someone is not saving the list.
 */
export function CoverPicker({
  replacing,
  addRole,
  excludedIds,
  onChoose,
  onCancelReplace,
}: CoverPickerProps) {
  const { t } = useTranslation();
  const form = useForm<FacilitatorFormValues>({
    defaultValues: { volunteerId: '', role: addRole, overrideReason: '' },
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const [picked, setPicked] = useState<{ id: number; name: string } | null>(null);
  const [isMissing, setIsMissing] = useState(false);
  const choose = () => {
    if (!picked) return setIsMissing(true);
    onChoose({
      volunteerId: picked.id,
      displayName: picked.name,
      role: replacing?.role ?? role,
    });
    setPicked(null);
    setIsMissing(false);
    form.reset({ volunteerId: '', role: addRole, overrideReason: '' });
  };
  const heading = replacing
    ? t('cover.dialog.replaceHeading', {
        name: replacing.displayName,
        role: t(`enums.facilitatorRole.${replacing.role}`),
      })
    : t('cover.dialog.addHeading');
  return (
    <section className="cover-picker form__wide" aria-labelledby="cover-picker-heading">
      <h3 id="cover-picker-heading">{heading}</h3>
      <div className="form__grid">
        <VolunteerPicker
          control={form.control}
          excludedIds={excludedIds}
          onPick={(v) => {
            setPicked(v && { id: v.id, name: v.displayName });
            setIsMissing(false);
          }}
        />
        {!replacing && (
          <FormRadioGroupField
            control={form.control}
            name="role"
            label={t('facilitators.fields.role')}
            options={FACILITATOR_ROLES.map((value) => ({
              value,
              label: t(`enums.facilitatorRole.${value}`),
            }))}
          />
        )}
      </div>
      {isMissing && <ErrorAlert>{t('cover.dialog.pickFirst')}</ErrorAlert>}
      <div className="form__actions">
        {replacing && (
          <Button onPress={onCancelReplace}>
            {t('cover.dialog.cancelReplace', { name: replacing.displayName })}
          </Button>
        )}
        <Button onPress={choose}>
          {replacing
            ? t('cover.dialog.replace', { name: replacing.displayName })
            : t('cover.dialog.add')}
        </Button>
      </div>
    </section>
  );
}
