import { guessColumns, mapRow } from '../../../shared/csv/volunteer-columns';

describe('guessing which field each column fills', () => {
  it.each([
    ['English', ['First name', 'Last name', 'Email', 'Phone', 'Languages', 'Status', 'Notes']],
    [
      'Spanish',
      ['Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'Idiomas', 'Estado', 'Notas'],
    ],
    ['French', ['Prénom', 'Nom', 'Courriel', 'Téléphone', 'Langues', 'Statut', 'Remarques']],
    [
      'Arabic',
      ['الاسم الأول', 'اسم العائلة', 'البريد الإلكتروني', 'الهاتف', 'اللغات', 'الحالة', 'ملاحظات'],
    ],
  ])('reads a header in %s', (_language, header) => {
    expect(guessColumns(header)).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'languages',
      'status',
      'notes',
    ]);
  });

  it('tells an emergency contact phone from the volunteer phone, whatever the case and spacing', () => {
    expect(guessColumns(['PHONE', ' Emergency  contact phone ', 'Emergency contact'])).toEqual([
      'phone',
      'emergencyContactPhone',
      'emergencyContactName',
    ]);
  });

  it('leaves out columns it does not know and a second column for the same field', () => {
    expect(guessColumns(['Email', 'Shoe size', 'E-mail'])).toEqual(['email', null, null]);
  });

  it('maps a row by the mapping, trimmed, leaving empty cells out', () => {
    expect(mapRow([' Ana ', '', 'x'], ['firstName', 'email', null])).toEqual({ firstName: 'Ana' });
  });
});
