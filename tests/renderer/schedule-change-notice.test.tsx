import { scheduleChangeSentences } from '../../renderer/groups/ScheduleChangeNotice';
import { setUpI18n } from '../../renderer/i18n/i18n';
import type { ScheduleChangePreview } from '../../shared/domain/sessions';

const preview: ScheduleChangePreview = {
  moved: 0,
  fromTime: null,
  toTime: null,
  added: 0,
  removed: 0,
  kept: 0,
};
const say = (language: 'en' | 'es', changes: Partial<ScheduleChangePreview>) =>
  scheduleChangeSentences({ ...preview, ...changes }, setUpI18n(language).t, `${language}-GB`).join(
    ' ',
  );

describe('the sentence before saving a schedule change', () => {
  it('says how many future sessions move, from which time to which, and what stays', () => {
    expect(say('en', { moved: 12, fromTime: '18:00', toTime: '18:30', kept: 3 })).toBe(
      '12 future sessions move from 18:00 to 18:30. 3 with records or changes made by hand stay as they are.',
    );
    expect(say('es', { moved: 1, fromTime: '18:00', toTime: '18:30', kept: 1 })).toBe(
      '1 sesión futura pasa de las 18:00 a las 18:30. 1 con registros o cambios hechos a mano se queda como está.',
    );
  });

  it('counts sessions added and removed, in the singular and the plural', () => {
    expect(say('en', { moved: 1, added: 1, removed: 2 })).toBe(
      '1 future session moves to the new day, time or place. 1 session is added. 2 future sessions are removed.',
    );
    expect(say('es', { added: 2, removed: 1 })).toBe(
      'Se añaden 2 sesiones. Se quita 1 sesión futura.',
    );
  });

  it('says when nothing changes', () => {
    expect(say('en', { kept: 4 })).toBe('No future session changes.');
  });
});
