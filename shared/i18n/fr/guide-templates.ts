import type { Catalogue } from '../en';

// French messages of the 'guideTemplates' block. Spread into fr.ts.
export const guideTemplates: Catalogue['guideTemplates'] = {
  /** The group form's field and the group page. */
  form: {
    label: 'Guide de l’animateur',
    hint: 'Mots d’accueil, question du tour de table et mots de clôture, imprimés sur le plan de séance. Laissez vide pour utiliser le guide par défaut du thème du groupe.',
    start: 'Commencer le guide à partir du modèle',
    chooseFocus: 'Choisissez d’abord le thème du groupe : le modèle en dépend.',
    replaceTitle: 'Remplacer le texte par le modèle ?',
    replaceText:
      'Le contenu actuel de « {{field}} » est remplacé par le texte par défaut de ce thème.',
    replace: 'Remplacer par le modèle',
    keep: 'Garder mon texte',
    empty: 'Le guide par défaut de ce thème',
  },
  /** The guide's parts, also the label lines of a guide written in the group form. */
  sections: {
    opening: 'Accueil',
    checkIn: 'Tour de table',
    closing: 'Clôture',
  },
  opening: {
    welcome:
      'Bienvenue à toutes et à tous, et merci de votre présence. Je fais partie des personnes qui animent ce soir. Nous ne sommes pas des experts : nous sommes là pour veiller au temps et pour que ce lieu reste sûr.',
    confidentiality:
      'Ce qui se dit ici reste ici. Rien ne vous oblige à parler : écouter, c’est très bien aussi.',
  },
  focus: {
    addiction_recovery:
      'Ce groupe est ouvert à toute personne qui souhaite arrêter ou réduire sa consommation d’alcool ou de drogues, ou rester abstinente. Quelle que soit la raison de votre venue, vous avez votre place ici.',
    grief:
      'Ce groupe est ouvert à toute personne qui vit la perte d’un proche. Il n’y a pas de bonne façon de vivre un deuil, ni de calendrier.',
    chronic_illness:
      'Ce groupe est ouvert aux personnes qui vivent avec une maladie de longue durée. Faites une pause, levez-vous ou étirez-vous dès que vous en avez besoin.',
    caregivers:
      'Ce groupe est ouvert aux personnes qui prennent soin d’un proche. Pendant cette heure, ce temps est le vôtre.',
    trauma:
      'Ce groupe est ouvert aux personnes qui ont traversé des épreuves difficiles. Ne partagez que ce qui vous semble juste. Vous pouvez sortir à tout moment, et personne ne vous demandera pourquoi.',
    mental_health:
      'Ce groupe est ouvert à toute personne pour qui la vie est difficile à cause de sa santé mentale. Ici, personne n’est seul face à cela.',
    parenting:
      'Ce groupe est ouvert aux parents et à toutes les personnes qui élèvent des enfants. Personne ici n’est un parent parfait : nous apprenons les uns des autres.',
    other:
      'Ce groupe est un lieu pour partager et pour écouter, avec des personnes qui comprennent.',
  },
  checkIn: {
    addiction_recovery:
      'Dites-nous votre prénom et comment s’est passée votre semaine. Si vous le souhaitez, dites une chose qui vous a fait du bien.',
    grief:
      'Dites-nous votre prénom et, si vous le souhaitez, le nom de la personne qui vous manque et comment vous allez aujourd’hui.',
    chronic_illness:
      'Dites-nous votre prénom et comment vous vous sentez aujourd’hui, dans votre corps et dans votre tête.',
    caregivers:
      'Dites-nous votre prénom et, si vous le souhaitez, de qui vous prenez soin, et une chose que vous avez faite pour vous cette semaine.',
    trauma:
      'Dites-nous votre prénom et, en un mot, dans quel état vous arrivez aujourd’hui. Vous pouvez toujours passer votre tour.',
    mental_health:
      'Dites-nous votre prénom et comment vous allez depuis notre dernière rencontre. Une note de 1 à 10 convient aussi.',
    parenting:
      'Dites-nous votre prénom et un moment vécu avec votre enfant cette semaine, difficile ou heureux.',
    other: 'Dites-nous votre prénom et comment vous allez aujourd’hui.',
  },
  closing: {
    thanks:
      'Merci à toutes et à tous pour ce que vous avez partagé et pour votre écoute mutuelle. Ce que vous avez entendu ici reste dans cette salle.',
    support:
      'Si vous avez besoin de plus de soutien avant notre prochaine rencontre, la fiche d’orientation indique des numéros à appeler, et vous pouvez parler à un animateur après la réunion. Prenez soin de vous sur le chemin du retour.',
  },
};
