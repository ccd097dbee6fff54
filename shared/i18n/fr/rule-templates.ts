import type { Catalogue } from '../en';

// French messages of the 'ruleTemplates' block. Spread into fr.ts.
export const ruleTemplates: Catalogue['ruleTemplates'] = {
  rules: {
    confidentiality: 'Les personnes que vous voyez ici et ce que vous entendez ici restent ici.',
    ownExperience:
      'Parlez de votre propre expérience. Dites « je », pas « vous », « on » ou « tout le monde ».',
    noCrossTalk:
      'Une personne parle à la fois. Nous écoutons sans interrompre ni commenter ce que les autres partagent.',
    noAdvice:
      'Pas de conseils, sauf si quelqu’un en demande. Nous partageons plutôt ce qui nous a aidés.',
    respect:
      'Traitez chacun avec respect, quels que soient son parcours, ses convictions ou ses choix.',
    passAllowed: 'Vous n’avez jamais à parler. Dire « je passe » est toujours possible.',
    phonesAway: 'Téléphones en silencieux et rangés pendant la réunion.',
    comeSober:
      'Merci de venir sans avoir consommé d’alcool ni de drogues. Si vous rechutez, la porte vous reste toujours ouverte.',
    noUsingStories:
      'Parlez de votre rétablissement sans récits détaillés de consommation : ils peuvent être difficiles à entendre pour les autres.',
    noComparingLosses:
      'Chaque perte est différente. Nous ne comparons pas et ne classons pas les deuils des uns et des autres.',
    feelingsWelcome: 'Les larmes, les rires et les silences ont tous leur place ici.',
    noMedicalAdvice:
      'Nous partageons notre expérience, pas des conseils médicaux. Parlez à votre médecin ou à votre infirmier avant de modifier un traitement.',
    listenToYourBody:
      'Asseyez-vous, levez-vous, étirez-vous ou sortez dès que votre corps en a besoin.',
    allFeelingsAllowed:
      'Tous les sentiments ont leur place ici, y compris la fatigue, la colère et la culpabilité.',
    privacyOfThoseCaredFor:
      'Protégez les personnes dont vous prenez soin : taisez leur nom complet et tout ce qui permettrait de les reconnaître.',
    noGraphicDetail:
      'Ne partagez que ce que vous choisissez, sans détails crus. Ce qu’elles entendent peut toucher les autres personnes.',
    stepOutAnyTime:
      'Vous pouvez sortir à tout moment. Si vous le souhaitez, un animateur peut venir prendre de vos nouvelles.',
    noDiagnosing:
      'Nous ne posons pas de diagnostic les uns sur les autres et ne commentons ni les médicaments ni les traitements de personne.',
    noJudgingParents:
      'Nous ne jugeons pas la façon dont les autres élèvent leurs enfants : chaque famille est différente.',
    childrensPrivacy: 'Les prénoms et les histoires des enfants restent confidentiels.',
    waitingRoom:
      'Nous utilisons une salle d’attente : l’hôte fait entrer les personnes et vérifie qu’elles viennent bien pour ce groupe.',
    noRecording:
      'Aucun enregistrement, aucune photo ni capture d’écran de la réunion ou de la discussion écrite, par qui que ce soit.',
    privatePlace:
      'Connectez-vous depuis un endroit privé, ou utilisez un casque, pour que personne d’autre ne voie ni n’entende la réunion. Les caméras sont bienvenues mais pas obligatoires.',
    disruptionRemoval:
      'Si quelqu’un perturbe la réunion, l’hôte lui rappelle ces règles une fois. Si cela continue, l’hôte le retire de l’appel.',
    harmfulContent:
      'Les messages ou images blessants, sexuels ou violents sont supprimés aussitôt et leur auteur est retiré. Si vous voyez quelque chose, prévenez l’hôte en privé.',
    includeOnline:
      'Dans la salle, parlez en direction du micro pour que toutes les personnes en ligne puissent entendre et participer.',
    crisis:
      'Si vous êtes en crise, ou si la sécurité de quelqu’un vous inquiète, parlez-en à un animateur. La fiche d’orientation indique des lignes d’écoute que vous pouvez appeler.',
  },
  form: {
    fill: 'Commencer les règles du groupe à partir du modèle',
    fillHint:
      'Remplit les règles habituelles pour ce thème et ce format. Modifiez-les selon les souhaits du groupe.',
    replaceTitle: 'Remplacer ces règles du groupe ?',
    replaceText:
      'Les règles déjà saisies ici seront remplacées par le modèle. Rien n’est enregistré tant que vous n’enregistrez pas le groupe.',
    replace: 'Remplacer par le modèle',
  },
};
