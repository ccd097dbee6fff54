import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { GroupFacilitator } from '../../../shared/domain/facilitators';
import { ReadinessSummary } from '../../people/Readiness';
import { LtrText } from '../../ui/LtrText';

type FacilitatorRowFields = Pick<
  GroupFacilitator,
  'volunteerId' | 'displayName' | 'phone' | 'role' | 'overrideReason' | 'readiness'
>;

// A group's and a session's tables say the same things in their own words (message blocks).
const MESSAGES = {
  facilitators: { columns: 'facilitators.columns', overrideNote: 'facilitators.overrideNote' },
  cover: { columns: 'cover.columns', overrideNote: 'cover.section.overrideNote' },
} as const;

/** Staff's table of facilitators (a group's or a session's), with an optional actions column. */
export function FacilitatorRowsTable<F extends FacilitatorRowFields>({
  facilitators,
  messages,
  actions,
}: {
  facilitators: readonly F[];
  messages: keyof typeof MESSAGES;
  actions?: { label: string; render: (facilitator: F) => ReactNode };
}) {
  const { t } = useTranslation();
  const keys = MESSAGES[messages];
  return (
    <table className="table table--stack">
      <thead>
        <tr>
          <th scope="col">{t(`${keys.columns}.name`)}</th>
          <th scope="col">{t(`${keys.columns}.role`)}</th>
          <th scope="col">{t(`${keys.columns}.readiness`)}</th>
          <th scope="col">{t(`${keys.columns}.phone`)}</th>
          {actions && <th scope="col">{actions.label}</th>}
        </tr>
      </thead>
      <tbody>
        {facilitators.map((f) => (
          <tr key={f.volunteerId}>
            <th scope="row">{f.displayName}</th>
            <td data-label={t(`${keys.columns}.role`)}>
              {t(`enums.facilitatorRole.${f.role}`)}
              {f.overrideReason && (
                <p className="facilitators__override">
                  {t(keys.overrideNote, { reason: f.overrideReason })}
                </p>
              )}
            </td>
            <td data-label={t(`${keys.columns}.readiness`)}>
              <ReadinessSummary readiness={f.readiness} />
            </td>
            <td data-label={t(`${keys.columns}.phone`)}>
              <LtrText>{f.phone}</LtrText>
            </td>
            {actions && <td data-label={actions.label}>{actions.render(f)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
