import type { Catalogue } from '../en';

// French messages of the 'feeds' block (issue 12). Spread into fr.ts.
export const feeds: Catalogue['feeds'] = {
  title: 'Calendrier et flux pour les applications de réunions',
  saveCalendar: 'Enregistrer le calendrier (.ics)',
  saveGroupCalendar: 'Enregistrer le calendrier de ce groupe (.ics)',
  saveMeetingGuide: 'Enregistrer le flux Meeting Guide (.json)',
  offText:
    'L’impression publique est désactivée : il n’y a encore rien à publier. Un administrateur peut l’activer dans Paramètres, rubrique Impression publique.',
  unreadableText:
    'La liste publique des réunions n’a pas pu être lue. Connectez-vous, ou modifiez un groupe, pour qu’elle soit réécrite, puis réessayez.',
  onlineOnlyNote: 'Se réunit en ligne. Demandez le lien au contact du groupe.',
  cli: {
    oneLine: 'Écrire le calendrier public (.ics) ou le flux Meeting Guide (.json)',
    summary:
      'Écrit les groupes publics dans un fichier iCalendar (ics) ou un flux Meeting Guide (meeting-guide), dans le fichier donné par --out. Ne lit que la liste publique des réunions : aucun mot de passe n’est demandé ; l’impression publique doit être activée.',
    outOption: 'Où écrire le fichier (remplacé en entier s’il existe)',
    done: 'Écrit : {{file}} ({{groups}} groupes publics).',
    off: 'L’impression publique est désactivée dans ce dossier de données : il n’y a rien de public à exporter. Un administrateur peut l’activer dans Paramètres, rubrique Impression publique.',
    unreadable:
      'La liste publique des réunions de ce dossier de données n’a pas pu être lue. Ouvrez Circlekeeper et connectez-vous pour qu’elle soit réécrite, puis relancez cette commande.',
  },
};
