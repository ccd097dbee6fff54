import type { Catalogue } from '../en';

// French messages of the 'exportCsv' block (issue 12). Spread into fr.ts.
export const exportCsv: Catalogue['exportCsv'] = {
  button: 'Exporter en CSV',
  emptyReason: 'Rien à exporter : la liste est vide. Modifiez les filtres pour exporter.',
  saved_one: '{{count}} ligne enregistrée dans le fichier CSV.',
  saved_many: '{{count}} lignes enregistrées dans le fichier CSV.',
  saved_other: '{{count}} lignes enregistrées dans le fichier CSV.',
  downloaded_one:
    '{{count}} ligne exportée : votre navigateur affiche le fichier dans ses téléchargements.',
  downloaded_many:
    '{{count}} lignes exportées : votre navigateur affiche le fichier dans ses téléchargements.',
  downloaded_other:
    '{{count}} lignes exportées : votre navigateur affiche le fichier dans ses téléchargements.',
  volunteers: {
    displayName: 'Nom affiché',
    firstName: 'Prénom',
    lastName: 'Nom de famille',
    pronouns: 'Pronoms',
    phone: 'Téléphone',
    email: 'Courriel',
    languages: 'Langues',
    status: 'Statut',
    startDate: 'Date de début',
    backgroundCheck: 'Vérification des antécédents',
    backgroundCheckExpiresOn: 'Fin de validité de la vérification',
    readiness: 'Disponibilité à animer',
  },
  groups: {
    name: 'Groupe',
    focus: 'Thème',
    format: 'Format',
    schedule: 'Horaire',
    location: 'Lieu',
    status: 'Statut',
    isOpenToNewcomers: 'Ouvert aux nouveaux venus',
    isListedPublicly: 'Publié',
  },
  sessions: {
    date: 'Date',
    start: 'Début',
    end: 'Fin',
    group: 'Groupe',
    focus: 'Thème',
    format: 'Format',
    location: 'Lieu',
    room: 'Salle',
    status: 'Statut',
    cancelReason: "Motif d'annulation",
    kind: 'Remarque',
    extra: 'Séance supplémentaire',
    moved: 'Déplacée',
  },
};
