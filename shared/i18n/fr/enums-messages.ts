import type { Catalogue } from '../en';

// French messages of the blocks 'enums'. Spread into fr.ts.

export const enums: Catalogue['enums'] = {
  focus: {
    addiction_recovery: 'Sortir des addictions',
    grief: 'Deuil',
    chronic_illness: 'Maladie chronique',
    caregivers: 'Proches aidants',
    trauma: 'Traumatismes',
    mental_health: 'Santé mentale',
    parenting: 'Parentalité',
    other: 'Autre',
  },
  format: {
    in_person: 'En présentiel',
    online: 'En ligne',
    hybrid: 'Hybride (en présentiel et en ligne)',
  },
  status: { active: 'Actif', paused: 'En pause', archived: 'Archivé' },
  role: { admin: 'Administrateur', coordinator: 'Coordinateur', facilitator: 'Animateur' },
  paperSize: { A4: 'A4', Letter: 'Lettre US' },
  volunteerStatus: { applicant: 'Candidat', active: 'Actif', inactive: 'Inactif' },
  backgroundCheck: {
    not_started: 'Non commencée',
    pending: 'En attente',
    cleared: 'Favorable',
    not_cleared: 'Non favorable',
    expired: 'Expirée',
  },
  sessionStatus: { scheduled: 'Prévue', held: 'Tenue', cancelled: 'Annulée' },
  facilitatorRole: { lead: 'Animateur principal', co: 'Coanimateur', backup: 'Remplaçant' },
  weekday: {
    '1': 'lundi',
    '2': 'mardi',
    '3': 'mercredi',
    '4': 'jeudi',
    '5': 'vendredi',
    '6': 'samedi',
    '7': 'dimanche',
  },
};
