import type { Catalogue } from '../en';

// French messages of the blocks 'volunteers', 'trainingRecords', 'volunteerForm'. Spread into fr.ts.

export const volunteers: Catalogue['volunteers'] = {
  title: 'Bénévoles',
  intro: 'Les personnes qui animent et qui aident, et si chacune est prête à le faire.',
  add: 'Ajouter un bénévole',
  backToList: 'Retour aux bénévoles',
  loadingTitle: 'Bénévole',
  tableCaption: 'Bénévoles, de {{from}} à {{to}} sur {{total}}',
  range: '{{from}}–{{to}} sur {{total}}',
  pages: 'Pages de la liste des bénévoles',
  emptyTitle: 'Aucun bénévole pour l’instant',
  emptyText:
    'Ajoutez les personnes qui animent vos groupes et qui aident. Leurs formations et leurs vérifications d’antécédents indiquent si chacune est prête.',
  noMatchTitle: 'Aucun bénévole ne correspond',
  noMatchText: 'Essayez d’autres mots, ou moins de filtres.',
  clearFilters: 'Effacer les filtres',
  filters: {
    search: 'Rechercher par nom, téléphone ou e-mail',
    any: 'Tous',
  },
  sections: {
    contact: 'Coordonnées',
    volunteering: 'Bénévolat',
    availability: 'Disponibilités',
    emergency: 'Contact en cas d’urgence',
    notes: 'Notes',
  },
  fields: {
    name: 'Nom',
    firstName: 'Prénom',
    lastName: 'Nom de famille',
    preferredName: 'Nom d’usage',
    pronouns: 'Pronoms',
    phone: 'Téléphone',
    email: 'E-mail',
    languages: 'Langues',
    skills: 'Compétences',
    status: 'Statut',
    startDate: 'Date de début',
    readiness: 'Aptitude',
    availability: 'Disponibilités hebdomadaires',
    emergencyContactName: 'Nom',
    emergencyContactPhone: 'Téléphone',
    emergencyContactRelationship: 'Lien',
    backgroundCheck: 'Vérification des antécédents',
    backgroundCheckStatus: 'Statut',
    backgroundCheckDate: 'Vérifié le',
    backgroundCheckExpiresOn: 'Expire le',
    notes: 'Notes',
  },
  availabilitySlot: '{{day}} {{from}}–{{to}}',
  noAvailability: 'Aucun horaire indiqué',
  readiness: {
    heading: 'Prêt à animer ?',
    asCo: 'Comme coanimateur',
    asLead: 'Comme animateur principal',
  },
  deactivate: 'Désactiver',
  reactivate: 'Réactiver',
  deactivateTitle: 'Désactiver {{name}} ?',
  deactivateText:
    'Cette personne ne sera plus comptée comme prête à animer. Rien n’est supprimé : vous pouvez la réactiver à tout moment.',
  reactivateTitle: 'Réactiver {{name}} ?',
  reactivateText:
    'Cette personne redevient bénévole active. Vérifiez que ses formations et sa vérification d’antécédents sont à jour.',
  erase: {
    button: 'Effacer les données personnelles…',
    title: 'Effacer les données personnelles de {{name}} ?',
    irreversible:
      'Cette action est irréversible. Ne le faites que si la personne a demandé à être oubliée.',
    removed:
      'Supprimés définitivement : noms, pronoms, téléphone, e-mail, langues, compétences, dates, contact en cas d’urgence, dates de vérification des antécédents, disponibilités et notes.',
    kept: 'Conservés, sans nom : les heures et les séances animées, pour que les rapports restent justes.',
    typeName: 'Pour confirmer, tapez son nom : {{name}}',
    confirm: 'Effacer les données personnelles',
    erasedTitle: 'Bénévole effacé',
    erasedOn: 'Données personnelles effacées le {{date}}.',
    erasedText:
      'Son historique anonyme est conservé pour les rapports. Plus rien sur cette personne ne peut être affiché ni modifié.',
  },
};

export const trainingRecords: Catalogue['trainingRecords'] = {
  heading: 'Formations',
  caption: 'Formations suivies par {{name}}',
  training: 'Formation',
  completedOn: 'Suivie le',
  expiresOn: 'Expire le',
  neverExpires: 'N’expire pas',
  none: 'Aucune formation enregistrée pour l’instant.',
  record: 'Enregistrer une formation',
  recordTitle: 'Enregistrer une formation pour {{name}}',
  save: 'Enregistrer la formation',
  noTrainingsOffered:
    'Le catalogue ne contient encore aucune formation : aucune ne peut donc être enregistrée. Ajoutez d’abord les formations que votre centre propose.',
  remove: 'Retirer',
  removeNamed: 'Retirer {{training}} suivie le {{date}}',
  removeTitle: 'Retirer cette formation ?',
  removeText: '{{training}}, suivie le {{date}}, ne comptera plus pour l’aptitude de {{name}}.',
};

export const volunteerForm: Catalogue['volunteerForm'] = {
  newTitle: 'Nouveau bénévole',
  editTitle: 'Modifier {{name}}',
  editTitleLoading: 'Modifier le bénévole',
  intro: 'Seul le prénom est obligatoire. Complétez le reste au fur et à mesure.',
  save: 'Enregistrer le bénévole',
  backToVolunteer: 'Retour au bénévole',
  addSkill: 'Ajouter la compétence',
  chosenSkills: 'Compétences ajoutées',
  removeSkill: 'Retirer {{skill}}',
  noAvailability:
    'Aucun horaire pour l’instant. Ajoutez les moments de la semaine où ce bénévole peut habituellement aider.',
  slot: 'Disponibilité {{number}}',
  addSlot: 'Ajouter un horaire',
  remove: 'Retirer',
  removeSlot: 'Retirer la disponibilité {{number}}',
  sections: {
    nameAndContact: 'Nom et coordonnées',
    languagesAndSkills: 'Langues et compétences',
    status: 'Statut et date de début',
    emergencyContact: 'Contact en cas d’urgence',
    backgroundCheck: 'Vérification des antécédents',
    availability: 'Disponibilités hebdomadaires',
    notes: 'Notes',
  },
  fields: {
    firstName: 'Prénom',
    lastName: 'Nom de famille',
    preferredName: 'Nom d’usage',
    pronouns: 'Pronoms',
    phone: 'Téléphone',
    email: 'E-mail',
    skills: 'Compétences',
    status: 'Statut',
    startDate: 'Date de début',
    emergencyContactName: 'Nom du contact',
    emergencyContactPhone: 'Téléphone du contact',
    emergencyContactRelationship: 'Lien',
    backgroundCheckStatus: 'Statut de la vérification',
    backgroundCheckDate: 'Date de la vérification',
    backgroundCheckExpiresOn: 'La vérification expire le',
    day: 'Jour',
    from: 'De',
    to: 'À',
    notes: 'Notes sur le bénévole',
  },
  hints: {
    preferredName:
      'Facultatif. Le nom par lequel la personne aime être appelée ; les listes et plannings l’affichent.',
    pronouns: 'Facultatif. Par exemple : elle, il, iel.',
    phone: 'Facultatif. Uniquement des chiffres, des espaces et les signes +, -, ( et ).',
    email: 'Facultatif. Par exemple : nom@exemple.org',
    languages:
      'Tapez une partie du nom d’une langue, puis choisissez-la. Ajoutez toutes les langues dans lesquelles la personne peut animer.',
    skills:
      'Tapez une compétence, puis appuyez sur Entrée ou sur Ajouter la compétence. Par exemple : premiers secours, langue des signes, animation de réunions en ligne.',
    startDate: 'Facultatif. Le jour où la personne a commencé son bénévolat ici.',
    emergencyContact:
      'Facultatif. Qui appeler s’il arrive quelque chose au bénévole pendant une séance.',
    emergencyContactRelationship: 'Par exemple : conjoint, parent, ami.',
    backgroundCheckDate:
      'Uniquement une fois la vérification faite : la date de délivrance. Laissez vide tant qu’elle n’est pas commencée ou est en attente.',
    backgroundCheckExpiresOn:
      'Uniquement une fois la vérification faite. Laissez vide si elle n’expire pas. Elle ne peut pas précéder la date de la vérification.',
    availability:
      'Les moments de la semaine où ce bénévole peut habituellement aider, dans le fuseau horaire du centre. L’heure de fin doit être après l’heure de début.',
    notes:
      'Les coordinateurs et les administrateurs peuvent lire ces notes. N’y écrivez ni informations de santé ni confidences.',
  },
  statusHints: {
    applicant: 'A posé sa candidature ; n’anime pas encore.',
    active: 'Peut être affecté à des groupes.',
    inactive: 'Fait une pause ou est parti ; son historique est conservé.',
  },
};
