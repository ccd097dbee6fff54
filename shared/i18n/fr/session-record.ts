import type { Catalogue } from '../en';

// French messages of the 'sessionRecord' block. Spread into fr.ts.
export const sessionRecord: Catalogue['sessionRecord'] = {
  errors: {
    notStarted:
      'Cette séance n’a pas encore commencé. Vous pourrez la consigner une fois qu’elle aura commencé.',
    cancelled:
      'Cette séance a été annulée : il n’y a donc rien à consigner. Rétablissez-la d’abord.',
    overCapacity:
      'Le nombre de présents dépasse la capacité du groupe ({{capacity}}). Enregistrez quand même si autant de personnes sont venues.',
    alreadyWithdrawn: 'Cette personne a déjà retiré son consentement.',
  },
  validation: {
    notFacilitator:
      'Les heures ne peuvent être consignées que pour les animateurs de cette séance.',
    noRoster: 'Ce groupe tient des comptes anonymes : il n’a donc pas de liste de présence.',
    notOnRoster: 'Une personne cochée ne figure pas sur la liste de cette séance.',
    withdrawalBeforeConsent:
      'Le consentement ne peut pas être retiré avant la date à laquelle il a été donné.',
    consentAfterWithdrawal: 'Le consentement doit être donné avant la date de son retrait.',
  },
  section: {
    title: 'Ce qui s’est passé',
    notYet: 'Vous pourrez consigner cette séance une fois qu’elle aura commencé.',
    cancelled: 'Cette séance a été annulée : il n’y a donc rien à consigner.',
    intro:
      'Consignez combien de personnes sont venues et les heures données par chaque animateur. Vous pourrez modifier ces informations plus tard.',
    edit: 'Modifier le compte rendu',
    recordedOn: 'Consignée le {{date}}',
  },
  fields: {
    headcount: 'Nombre de présents',
    newcomers: 'Nouveaux venus',
    hoursFor: 'Heures de {{name}}',
    notes: 'Notes',
    attendance: 'Qui est venu',
  },
  hints: {
    headcount: 'Toutes les personnes venues, nouveaux venus compris.',
    newcomers: 'Les personnes venues pour la première fois à ce groupe.',
    hours: 'Préparation comprise. Part de la durée de la séance.',
    notes:
      'Comment la séance s’est passée, pour le prochain animateur. Aucun détail de santé et aucun nom complet.',
    attendance: 'Seules les personnes inscrites sur la liste avec leur consentement apparaissent.',
  },
  noFacilitators: 'Personne n’anime cette séance : il n’y a donc pas d’heures à consigner.',
  noRoster:
    'Personne ne figure encore sur la liste de ce groupe. Ajoutez des participants sur la page du groupe.',
  nobodyAttended: 'Personne n’est coché',
  save: 'Enregistrer le compte rendu',
  cancel: 'Annuler',
  overCapacity: {
    title: 'Plus de personnes que la capacité du groupe ?',
    body: 'Le nombre de présents ({{headcount}}) dépasse la capacité de {{capacity}}. Enregistrez quand même si autant de personnes sont venues.',
    confirm: 'Enregistrer quand même',
    goBack: 'Revenir',
  },
  details: {
    hours: 'Heures des animateurs',
    hoursValue: '{{name}} : {{hours, number}} h',
    noHours: 'Aucune heure consignée',
  },
  needsRecord: {
    title: 'Séances à consigner',
    intro: 'Séances passées des 90 derniers jours que personne n’a encore consignées.',
    empty: 'Chaque séance passée a son compte rendu. Bravo.',
    columns: { group: 'Groupe', date: 'Date', time: 'Heure', action: 'Action' },
    record: 'Consigner',
    recordNamed: 'Consigner {{group}} du {{date}}',
  },
  participants: {
    title: 'Participants',
    intro:
      'Ce groupe tient une liste nominative. Utilisez seulement un prénom ou un pseudonyme, et notez la date à laquelle chaque personne a donné son consentement.',
    empty:
      'Personne ne figure encore sur la liste. Ajoutez le premier participant une fois qu’il a donné son consentement.',
    add: 'Ajouter un participant',
    addTitle: 'Ajouter un participant',
    editTitle: 'Modifier {{name}}',
    withdrawTitle: 'Retirer le consentement de {{name}}',
    withdrawIntro:
      '{{name}} quitte la liste de toutes les séances après cette date. Les présences déjà consignées restent.',
    rename: 'Modifier',
    renameNamed: 'Modifier {{name}}',
    withdraw: 'Retirer le consentement',
    withdrawNamed: 'Retirer le consentement de {{name}}',
    showWithdrawn: 'Afficher les personnes qui ont retiré leur consentement',
    save: 'Enregistrer',
    confirmWithdraw: 'Retirer le consentement',
    columns: {
      name: 'Nom ou pseudonyme',
      consentOn: 'Consentement donné',
      status: 'Statut',
      actions: 'Actions',
    },
    onRoster: 'Sur la liste',
    withdrawnOn: 'Consentement retiré le {{date}}',
    fields: {
      name: 'Prénom ou pseudonyme',
      consentOn: 'Consentement donné le',
      withdrawnOn: 'Retiré le',
    },
    hints: { name: 'Seulement un prénom ou un pseudonyme, jamais un nom complet.' },
  },
};
