import { foldForSearch } from '../text/fold';

// Which volunteer field each CSV column fills. Centres keep their lists in spreadsheets headed
// in their own language, so the header is matched against names in the four languages; the
// person importing can change every guess.

/** The volunteer fields a CSV column can fill (availability and background checks need a form). */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'phone',
  'email',
  'languages',
  'skills',
  'status',
  'startDate',
  'emergencyContactName',
  'emergencyContactPhone',
  'emergencyContactRelationship',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** For each CSV column, in order, the field it fills, or null to leave it out. */
export type ColumnMapping = (ImportField | null)[];

// Folded (lower case, no accents) header texts in English, Spanish, French and Arabic. Longer,
// more specific names come first in the list of fields that share words ("emergency contact
// phone" is not "phone").
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  emergencyContactPhone: [
    'emergency contact phone',
    'emergency phone',
    'telefono de emergencia',
    'telefono contacto de emergencia',
    "telephone d'urgence",
    'telephone contact urgence',
    'هاتف الطوارئ',
  ],
  emergencyContactRelationship: [
    'emergency contact relationship',
    'relationship',
    'parentesco',
    'relacion',
    'lien',
    'lien de parente',
    'صلة القرابة',
  ],
  emergencyContactName: [
    'emergency contact',
    'emergency contact name',
    'contacto de emergencia',
    "contact d'urgence",
    'جهة اتصال الطوارئ',
    'اسم جهة اتصال الطوارئ',
  ],
  firstName: [
    'first name',
    'firstname',
    'given name',
    'forename',
    'name',
    'nombre',
    'nombres',
    'prenom',
    'الاسم',
    'الاسم الأول',
  ],
  lastName: [
    'last name',
    'lastname',
    'surname',
    'family name',
    'apellido',
    'apellidos',
    'nom',
    'nom de famille',
    'اسم العائلة',
    'اللقب',
  ],
  preferredName: [
    'preferred name',
    'known as',
    'nickname',
    'nombre preferido',
    'apodo',
    "nom d'usage",
    'surnom',
    'الاسم المفضل',
  ],
  pronouns: ['pronouns', 'pronombres', 'pronoms', 'الضمائر'],
  phone: [
    'phone',
    'telephone',
    'mobile',
    'cell',
    'phone number',
    'telefono',
    'movil',
    'celular',
    'portable',
    'tel',
    'الهاتف',
    'رقم الهاتف',
    'الجوال',
  ],
  email: [
    'email',
    'e-mail',
    'email address',
    'mail',
    'correo',
    'correo electronico',
    'courriel',
    'adresse e-mail',
    'البريد الإلكتروني',
    'البريد',
  ],
  languages: ['languages', 'language', 'idiomas', 'idioma', 'langues', 'langue', 'اللغات', 'اللغة'],
  skills: ['skills', 'habilidades', 'competencias', 'competences', 'المهارات'],
  status: ['status', 'estado', 'statut', 'الحالة'],
  startDate: [
    'start date',
    'started',
    'fecha de inicio',
    'fecha de alta',
    'date de debut',
    "date d'arrivee",
    'تاريخ البدء',
  ],
  notes: ['notes', 'note', 'comments', 'notas', 'comentarios', 'remarques', 'ملاحظات'],
};

const normalise = (header: string) =>
  foldForSearch(header)
    .replace(/[_*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const NAME_TO_FIELD = new Map<string, ImportField>(
  (Object.entries(HEADER_NAMES) as [ImportField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normalise(name), field] as const),
  ),
);

/** The field each header names; a field is given to its first column only. */
export function guessColumns(header: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return header.map((text) => {
    const field = NAME_TO_FIELD.get(normalise(text)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** One data row as the fields it fills, each a trimmed text (the API validates them). */
export type MappedRow = Partial<Record<ImportField, string>>;

export function mapRow(cells: readonly string[], mapping: ColumnMapping): MappedRow {
  const row: MappedRow = {};
  mapping.forEach((field, index) => {
    const value = cells[index]?.trim() ?? '';
    if (field !== null && value !== '') row[field] = value;
  });
  return row;
}
