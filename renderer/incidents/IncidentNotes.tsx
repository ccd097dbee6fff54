import { useTranslation } from '../i18n/use-translation';
import type { IncidentNote } from '../../shared/domain/incidents';
import { useFormatInstant } from '../audit/audit-words';

/** The follow-up so far, oldest first, so the story reads from the top down. */
export function IncidentNotes({ notes }: { notes: IncidentNote[] }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  return (
    <section className="incident-notes" aria-labelledby="incident-notes-heading">
      <h2 id="incident-notes-heading">{t('incidents.detail.notesHeading')}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t('incidents.detail.noNotes')}</p>
      ) : (
        <ol className="incident-notes__list">
          {notes.map((note) => (
            <li key={note.id} className="incident-notes__item">
              <p className="incident-notes__meta">
                {t('incidents.detail.noteBy', {
                  name: note.writtenByName,
                  when: formatInstant(note.at),
                })}
                {note.statusTo && (
                  <>
                    {' · '}
                    {t('incidents.detail.movedTo', {
                      status: t(`incidents.status.${note.statusTo}`),
                    })}
                  </>
                )}
              </p>
              <p className="incident-notes__text">{note.note}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
