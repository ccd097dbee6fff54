import type { Catalogue } from '../en';
import { volunteers } from './volunteers-messages';

// French messages of the 'importCsv' block (issue 12). Spread into fr.ts.
/** The volunteer form's own words for the fields a column can fill. */
const volunteerFields = volunteers.fields;

export const importCsv: Catalogue['importCsv'] = {
  rowsRefused_one:
    "{{count}} ligne ne peut pas être importée : rien n'a été ajouté. Corrigez-la et réessayez.",
  rowsRefused_many:
    "{{count}} lignes ne peuvent pas être importées : rien n'a été ajouté. Corrigez-les et réessayez.",
  rowsRefused_other:
    "{{count}} lignes ne peuvent pas être importées : rien n'a été ajouté. Corrigez-les et réessayez.",
  rowProblem: 'Ligne {{row}}, {{field}} : {{message}}',
  rowProblemWithValue: "Ligne {{row}}, {{field}} '{{value}}' : {{message}}",
  rowProblemNoField: 'Ligne {{row}} : {{message}}',
  tooManyRows:
    'Ce fichier compte {{rows}} lignes ; une importation en accepte au plus {{maximum}}. Découpez-le en fichiers plus petits.',
  noRows: "Ce fichier n'a aucune ligne sous sa ligne d'en-tête.",
  noFirstNameColumn:
    'Aucune colonne ne contient de prénoms. Intitulez une colonne « Prénom » (ou First name, Nombre, الاسم).',
  fields: {
    firstName: volunteerFields.firstName,
    lastName: 'Nom',
    preferredName: "Nom d'usage",
    pronouns: volunteerFields.pronouns,
    phone: volunteerFields.phone,
    email: 'Courriel',
    languages: volunteerFields.languages,
    skills: volunteerFields.skills,
    status: volunteerFields.status,
    startDate: volunteerFields.startDate,
    emergencyContactName: "Contact d'urgence",
    emergencyContactPhone: "Téléphone du contact d'urgence",
    emergencyContactRelationship: "Lien avec le contact d'urgence",
    notes: 'Remarques',
  },
  cli: {
    usage: 'Utilisation : circlekeeper import volunteers <fichier.csv> [--dry-run]',
    duplicateSkipped: 'Ligne {{row}} ignorée : {{name}} est peut-être déjà bénévole.',
    repeatSkipped: 'Ligne {{row}} ignorée : elle répète la ligne {{other}}.',
    done_one: '{{count}} bénévole importé.',
    done_many: '{{count}} bénévoles importés.',
    done_other: '{{count}} bénévoles importés.',
    checked_one:
      "Toutes les lignes sont valides : {{count}} bénévole serait importé. Rien n'a été écrit.",
    checked_many:
      "Toutes les lignes sont valides : {{count}} bénévoles seraient importés. Rien n'a été écrit.",
    checked_other:
      "Toutes les lignes sont valides : {{count}} bénévoles seraient importés. Rien n'a été écrit.",
  },
  cliHelp: {
    oneLine: 'Importer des bénévoles depuis un fichier CSV (tout ou rien)',
    summary:
      "Ajoute les bénévoles d'un fichier CSV issu d'un tableur (UTF-8 ou Windows-1252 ; virgule, point-virgule ou tabulation). Les colonnes sont reconnues par leur en-tête en français, anglais, espagnol ou arabe. Si une ligne n'est pas valide, chaque ligne fautive est nommée et rien n'est écrit. Les doublons possibles de bénévoles existants sont ignorés. Le mot de passe administrateur est lu au terminal ou sur la première ligne de l'entrée standard.",
    dryRunOption: 'Vérifier le fichier et en rendre compte, sans rien écrire',
  },
};
