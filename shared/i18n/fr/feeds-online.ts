import type { Catalogue } from '../en';

// French messages of the 'feedsOnline' block (issue 12). Spread into fr.ts.
export const feedsOnline: Catalogue['feedsOnline'] = {
  publishLink:
    'Publier le lien et l’accès par téléphone dans la liste publique des réunions, le calendrier et le flux',
  publishLinkHint:
    'Désactivé sauf accord du groupe. Beaucoup de groupes ne donnent leur lien que sur demande, pour que des inconnus ne puissent pas entrer et perturber la réunion.',
  published: 'Lien dans la liste publique',
  intro:
    'Pour le site du centre, les applications de calendrier et les applications de recherche de réunions. Ils ne contiennent que ce que montre la liste imprimée des réunions : ni les noms des contacts, ni les liens qu’un groupe n’a pas choisi de publier.',
  leftOut:
    'Enregistré. Absents du flux, qui ne liste que les réunions hebdomadaires avec une adresse ou un lien publié : non hebdomadaires : {{notWeekly}} ; en ligne sans lien publié : {{onlineOnly}}.',
  calendar: {
    online: 'En ligne',
    link: 'Rejoindre en ligne',
    dialIn: 'Accès par téléphone',
  },
  list: {
    online: 'En ligne :',
    alsoOnline: 'Aussi en ligne :',
    dialIn: 'Par téléphone :',
  },
};
