import type { Catalogue } from '../en';

// French messages of the 'incidents' block. Spread into fr.ts.
export const incidents: Catalogue['incidents'] = {
  title: 'Incidents',
  intro:
    'Les incidents de protection signalés lors des séances. Seuls les coordinateurs, les administrateurs et la personne qui a signalé un incident peuvent le voir.',
  introOwn:
    'Les incidents que vous avez signalés. Seuls vous, les coordinateurs et les administrateurs pouvez les voir.',
  category: {
    safeguarding_concern: 'Inquiétude pour la sécurité ou le bien-être de quelqu’un',
    risk_of_harm: 'Quelqu’un pourrait se faire du mal ou faire du mal à autrui',
    medical: 'Quelqu’un a fait un malaise ou s’est blessé',
    aggression: 'Cris, menaces ou violence',
    disclosure: 'Quelqu’un nous a confié des violences ou des maltraitances',
    privacy_breach: 'Une information privée a été divulguée alors qu’elle n’aurait pas dû l’être',
    other: 'Autre chose',
  },
  categoryHelp: {
    safeguarding_concern:
      'Par exemple, une personne semblait délaissée, effrayée ou en danger chez elle.',
    risk_of_harm:
      'Par exemple, une personne a parlé de mettre fin à ses jours ou de faire du mal à quelqu’un.',
    medical:
      'Par exemple, une chute, une crise de panique ou une personne qui a eu besoin d’une ambulance.',
    aggression: 'Envers n’importe qui dans la salle, vous compris.',
    disclosure: 'À son sujet ou au sujet de quelqu’un d’autre, aujourd’hui ou par le passé.',
    privacy_breach:
      'Par exemple, un nom ou une histoire répétés en dehors du groupe, ou une photo prise dans la salle.',
    other: 'Tout autre chose que les coordinateurs doivent savoir.',
  },
  severity: {
    low: 'Faible',
    medium: 'Moyenne',
    high: 'Élevée',
  },
  severityHelp: {
    low: 'Réglé sur place ; à noter malgré tout.',
    medium: 'Demande un suivi par un coordinateur.',
    high: 'Quelqu’un a été ou pourrait être en danger.',
  },
  status: {
    open: 'Ouvert',
    actioned: 'En cours de suivi',
    closed: 'Clos',
  },
  fields: {
    category: 'Type d’incident',
    severity: 'Gravité',
    description: 'Ce qui s’est passé',
    actionsTaken: 'Ce qui a été fait',
    isReferralMade: 'Une personne a été orientée vers un autre service',
    status: 'Statut',
    note: 'Note de suivi',
    notes: 'Notes de suivi',
    group: 'Groupe',
    occurredOn: 'Date de la séance',
    reportedBy: 'Signalé par',
    reportedAt: 'Signalé le',
    session: 'Séance',
  },
  hints: {
    description:
      'Dites ce que vous avez vu et entendu, avec vos propres mots. Utilisez des prénoms ou « un participant » ; laissez de côté les adresses et les autres détails inutiles.',
    actionsTaken:
      'Par exemple, à qui vous avez parlé, qui vous avez appelé, et ce qui a été dit ou donné à la personne.',
    isReferralMade:
      'Cochez si vous avez orienté quelqu’un vers une ligne d’écoute, un médecin ou un autre service.',
    note: 'Indiquez ce qui a été fait ou décidé. Toutes les personnes qui voient cet incident peuvent lire les notes.',
  },
  report: {
    heading: 'Incidents',
    button: 'Signaler un incident',
    title: 'Signaler un incident',
    intro:
      'Notez ce qui s’est passé tant que c’est frais. Un coordinateur le lira et en assurera le suivi.',
    crisis:
      'Si quelqu’un est en danger maintenant, appelez d’abord le numéro d’urgence local. Les étapes en cas de crise figurent dans votre guide d’animateur et sur la fiche d’orientation à l’accueil.',
    save: 'Envoyer le signalement',
    saved: 'Votre signalement a été envoyé. Un coordinateur en assurera le suivi.',
    none: 'Aucun incident visible pour vous sur cette séance.',
    ownOnly: 'Vous ne voyez que les incidents que vous avez signalés.',
    notYet: 'Les incidents peuvent être signalés ici à partir du jour de la séance.',
  },
  list: {
    caption: 'Incidents',
    filterLabel: 'Afficher',
    allStatuses: 'Tous',
    none: 'Aucun incident à afficher.',
    noneOpen: 'Aucun incident ouvert. Rien n’attend de suivi.',
    noneWithStatus:
      'Aucun incident n’est « {{status}} ». Choisissez « Tous » pour voir les autres.',
    noneStaff:
      'Aucun incident n’a été signalé. Les animateurs et le personnel les signalent depuis la page de la séance où ils se sont produits.',
    noneOwn:
      'Vous n’avez signalé aucun incident. Pour en signaler un, ouvrez la séance où il s’est produit.',
    open: 'Ouvrir l’incident du {{date}}, {{group}}',
  },
  detail: {
    loadingTitle: 'Incident',
    aboutHeading: 'L’incident',
    whatHeading: 'Ce qui a été signalé',
    title: 'Incident à {{group}}',
    backToList: 'Tous les incidents',
    nothingWritten: 'Rien d’écrit.',
    noNotes: 'Aucune note de suivi pour l’instant.',
    notesHeading: 'Notes de suivi',
    noteBy: '{{name}}, {{when}}',
    movedTo: 'Passé à « {{status}} »',
  },
  update: {
    heading: 'Ajouter une note',
    intro: 'Ajoutez une note sur ce qui a été fait. Changez le statut quand l’incident évolue.',
    keep: 'Laisser « {{status}} » et ajouter une note',
    moveTo: 'Passer à « {{status}} »',
    reopen: 'Rouvrir',
    save: 'Enregistrer la note',
  },
  panel: {
    heading: 'Incidents ouverts',
    intro: 'Incidents en attente de suivi.',
    none: 'Aucun incident ouvert.',
    viewAll: 'Voir tous les incidents',
  },
  errors: {
    futureSession:
      'Cette séance n’a pas encore eu lieu. Signalez un incident depuis la séance où il s’est produit.',
    statusMove: 'L’incident ne peut pas passer à ce statut depuis son statut actuel.',
  },
};
