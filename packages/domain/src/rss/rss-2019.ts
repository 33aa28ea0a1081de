// The Reintegration Sustainability Survey of the IOM Reintegration Handbook (2019),
// Annex 4.B (seed-002 L6561-L6700), as transcribed in the requirements digest
// shared/domain/seed-002-annexes.md §1. English is verbatim from the form; French
// is our own translation. The option values are provisional (see `departures`):
// the official ones are in IOM's methodological note, which the seeds do not hold.

import type { RssInstrument, RssOption, Texts } from './instrument.ts';

const declined: RssOption = {
  code: 'declined',
  label: { en: "I don't wish to answer", fr: 'Je ne souhaite pas répondre' },
  kind: 'declined',
};
const dontKnow: RssOption = {
  code: 'dont_know',
  label: { en: "I don't know", fr: 'Je ne sais pas' },
  kind: 'dont_know',
};
const notApplicable: RssOption = {
  code: 'not_applicable',
  label: { en: 'N/A', fr: 'Sans objet' },
  kind: 'not_applicable',
};

const yes: Texts = { en: 'Yes', fr: 'Oui' };
const no: Texts = { en: 'No', fr: 'Non' };
const other: Texts = { en: 'Other', fr: 'Autre' };

// Frequencies (Q2, Q4, Q22, Q26); each question sets its own polarity.
const veryOften: Texts = { en: 'Very often', fr: 'Très souvent' };
const often: Texts = { en: 'Often', fr: 'Souvent' };
const sometimes: Texts = { en: 'Sometimes', fr: 'Parfois' };
const rarely: Texts = { en: 'Rarely', fr: 'Rarement' };
const never: Texts = { en: 'Never', fr: 'Jamais' };
const onlyRarely: Texts = { en: 'Only rarely', fr: 'Rarement seulement' };

// Ratings of "l’accès" (masculine in French): Q6, Q11, Q13, Q15, Q17, Q18, Q19.
const veryGood: Texts = { en: 'Very good', fr: 'Très bon' };
const good: Texts = { en: 'Good', fr: 'Bon' };
const fair: Texts = { en: 'Fair', fr: 'Passable' };
const poor: Texts = { en: 'Poor', fr: 'Mauvais' };
const veryPoor: Texts = { en: 'Very poor', fr: 'Très mauvais' };

export const rss2019: RssInstrument = {
  id: 'RSS-2019',
  version: 1,
  title: { en: 'Reintegration Sustainability Survey', fr: 'Enquête sur la durabilité de la réintégration' },
  source: 'IOM Reintegration Handbook (2019), Annex 4.B, seed-002 L6561-L6700',
  consentPrompt: {
    en: [
      'If you agree, I would like to ask for about 40 minutes of your time to answer some questions about your experience after returning to your country. Your responses will help IOM understand the situation of men and women like you who were supported through reintegration programmes. Your responses are important and will help us all improve our assistance for those who return in the future.',
      'This is not a test, there are no right or wrong answers. You are not obliged to answer any question and you can stop at any moment you want to. If you feel uncomfortable answering any of these questions, please let me know so that we can stop. Your responses will be confidential. They will not influence our future cooperation. Thank you for your time.',
      'If I have your permission, can we proceed?',
    ].join('\n\n'),
    fr: [
      'Si vous êtes d’accord, j’aimerais vous demander environ 40 minutes de votre temps pour répondre à quelques questions sur votre expérience depuis votre retour dans votre pays. Vos réponses aideront l’OIM à comprendre la situation des hommes et des femmes qui, comme vous, ont été aidés par des programmes de réintégration. Vos réponses sont importantes et nous aideront tous à améliorer l’aide apportée à ceux qui rentreront à l’avenir.',
      'Ce n’est pas un examen, il n’y a pas de bonnes ou de mauvaises réponses. Rien ne vous oblige à répondre à une question et vous pouvez arrêter à tout moment, quand vous le voulez. Si vous êtes mal à l’aise pour répondre à l’une de ces questions, dites-le-moi et nous arrêterons. Vos réponses resteront confidentielles. Elles n’auront aucune influence sur notre coopération future. Merci de votre temps.',
      'Si vous me le permettez, pouvons-nous commencer ?',
    ].join('\n\n'),
  },
  profile: [
    { id: 'name', label: { en: 'Name', fr: 'Nom' }, type: 'text' },
    { id: 'caseNumber', label: { en: 'Case ID', fr: 'Numéro de dossier' }, type: 'text' },
    { id: 'returnedOn', label: { en: 'Date of return', fr: 'Date de retour' }, type: 'date' },
    { id: 'birthDate', label: { en: 'Date of birth', fr: 'Date de naissance' }, type: 'date' },
    {
      id: 'ageAtReturn',
      label: { en: 'Age at time of return', fr: 'Âge au moment du retour' },
      type: 'number',
    },
    { id: 'sex', label: { en: 'Sex', fr: 'Sexe' }, type: 'sex' },
    {
      id: 'hostCountry',
      label: { en: 'Country from which return took place', fr: 'Pays à partir duquel le retour a eu lieu' },
      type: 'country',
    },
    {
      id: 'yearsAway',
      label: {
        en: 'Length of absence from country of origin (years)',
        fr: 'Durée de l’absence du pays d’origine (en années)',
      },
      type: 'number',
    },
    {
      id: 'vulnerable',
      label: { en: 'Situation of vulnerability', fr: 'Situation de vulnérabilité' },
      type: 'yes_no',
    },
    {
      id: 'vulnerabilityDetails',
      label: { en: 'If yes, please specify', fr: 'Si oui, veuillez préciser' },
      type: 'text',
    },
    {
      id: 'returnCountry',
      label: { en: 'Country to which return took place', fr: 'Pays dans lequel le retour a eu lieu' },
      type: 'country',
    },
    { id: 'address', label: { en: 'Address in country', fr: 'Adresse dans le pays' }, type: 'text' },
    { id: 'province', label: { en: 'Province/governorate', fr: 'Province/gouvernorat' }, type: 'text' },
    {
      id: 'community',
      label: { en: 'Community (if mapped)', fr: 'Communauté (si cartographiée)' },
      type: 'text',
    },
    {
      id: 'sameCommunityAsOrigin',
      label: {
        en: 'Community of return same as community of origin?',
        fr: 'La communauté de retour est-elle la communauté d’origine ?',
      },
      type: 'yes_no',
    },
    { id: 'interviewedOn', label: { en: 'Date of interview', fr: 'Date de l’entretien' }, type: 'date' },
    { id: 'location', label: { en: 'Interview location', fr: 'Lieu de l’entretien' }, type: 'location' },
  ],
  questions: [
    // ECONOMIC DIMENSION (L6651)
    {
      id: 'q1',
      number: 1,
      dimension: 'economic',
      text: {
        en: 'How satisfied are you with your current economic situation?',
        fr: 'Quel est votre degré de satisfaction à l’égard de votre situation économique actuelle ?',
      },
      guidance: {
        en: 'Overall economic situation, self-assessed by respondent',
        fr: 'Situation économique globale, évaluée par la personne interrogée elle-même',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_satisfied', label: { en: 'Very satisfied', fr: 'Très satisfait(e)' }, value: 1 },
        { code: 'satisfied', label: { en: 'Satisfied', fr: 'Satisfait(e)' }, value: 0.75 },
        { code: 'ok', label: { en: 'OK', fr: 'Ça va' }, value: 0.5 },
        {
          code: 'dissatisfied',
          label: { en: 'Dissatisfied', fr: 'Insatisfait(e)' },
          value: 0.25,
          explain: true,
        },
        {
          code: 'very_dissatisfied',
          label: { en: 'Very Dissatisfied', fr: 'Très insatisfait(e)' },
          value: 0,
          explain: true,
        },
        declined,
      ],
    },
    {
      id: 'q2',
      number: 2,
      dimension: 'economic',
      text: {
        en: 'Since you returned, how often have you had to reduce the quantity or quality of food you eat because of its cost?',
        fr: 'Depuis votre retour, combien de fois avez-vous dû réduire la quantité ou la qualité de la nourriture que vous mangez à cause de son prix ?',
      },
      guidance: {
        en: 'Food rationing as a cost-reduction strategy is a strong indicator of an unstable economic situation.',
        fr: 'Rationner la nourriture pour réduire les dépenses est un indicateur fort d’une situation économique instable.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_often', label: veryOften, value: 0 },
        { code: 'often', label: often, value: 0.25 },
        { code: 'sometimes', label: sometimes, value: 0.5 },
        { code: 'rarely', label: rarely, value: 0.75 },
        { code: 'never', label: never, value: 1 },
        declined,
      ],
      weighsMore: true,
    },
    {
      id: 'q3',
      number: 3,
      dimension: 'economic',
      text: {
        en: 'Are you able to borrow money if you need to?',
        fr: 'Pouvez-vous emprunter de l’argent si vous en avez besoin ?',
      },
      guidance: {
        en: 'Perceived availability of credit, regardless of source – bank, family, friends, traditional loans system, microcredit – and regardless of whether respondent is effectively taking out loans or not.',
        fr: 'Possibilité perçue d’obtenir un crédit, quelle qu’en soit la source – banque, famille, amis, système de prêt traditionnel, microcrédit – et que la personne interrogée emprunte effectivement ou non.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'yes', label: yes, value: 1 },
        { code: 'no', label: no, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q4',
      number: 4,
      dimension: 'economic',
      text: {
        en: 'Do you borrow money? How frequently?',
        fr: 'Empruntez-vous de l’argent ? À quelle fréquence ?',
      },
      guidance: {
        en: 'Behaviour self-reported by respondent, regardless of source of credit and amount – even very small amounts count',
        fr: 'Comportement déclaré par la personne interrogée, quels que soient la source du crédit et le montant – même de très petites sommes comptent',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_often', label: veryOften, value: 0 },
        { code: 'often', label: often, value: 0.25 },
        { code: 'sometimes', label: sometimes, value: 0.5 },
        { code: 'rarely', label: rarely, value: 0.75 },
        {
          code: 'never',
          label: { en: "Never (I don't borrow money)", fr: 'Jamais (je n’emprunte pas d’argent)' },
          value: 1,
        },
        declined,
      ],
    },
    {
      id: 'q5',
      number: 5,
      dimension: 'economic',
      text: {
        en: 'On average, which amount is bigger: your spending every month, or your debt?',
        fr: 'En moyenne, quel montant est le plus élevé : vos dépenses de chaque mois, ou vos dettes ?',
      },
      guidance: {
        en: 'The comparison allows us to see whether respondent is able to cover their monthly expenses from earnings, or supplements basic life needs with loans, a much less sustainable behaviour.',
        fr: 'La comparaison permet de voir si la personne interrogée arrive à couvrir ses dépenses mensuelles avec ses revenus, ou si elle complète ses besoins de base par des emprunts, un comportement bien moins durable.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      // Printed order is not the order of value: a debt larger than the monthly
      // spending means living on loans, "a much less sustainable behaviour" (L6659).
      options: [
        { code: 'no_debt', label: { en: "I don't have debt", fr: 'Je n’ai pas de dettes' }, value: 1 },
        {
          code: 'debt_larger',
          label: { en: 'Debt is larger', fr: 'Les dettes sont plus élevées' },
          value: 0,
        },
        {
          code: 'spending_larger',
          label: { en: 'Spending is larger', fr: 'Les dépenses sont plus élevées' },
          value: 0.5,
        },
        declined,
        notApplicable,
      ],
    },
    {
      id: 'q6',
      number: 6,
      dimension: 'economic',
      text: {
        en: 'How would you rate your access to opportunities (employment and training)?',
        fr: 'Comment évaluez-vous votre accès aux opportunités (emploi et formation) ?',
      },
      guidance: {
        en: 'Perceived, personal ability to reach and get opportunities for income generation – jobs, courses for skills enhancement and so on.',
        fr: 'Capacité personnelle perçue à atteindre et à saisir des occasions de gagner un revenu – emplois, formations pour améliorer ses compétences, etc.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25 },
        { code: 'very_poor', label: veryPoor, value: 0 },
        dontKnow,
      ],
    },
    {
      id: 'q7',
      number: 7,
      dimension: 'economic',
      text: { en: 'Do you currently work?', fr: 'Travaillez-vous actuellement ?' },
      guidance: {
        en: 'Either employment or self-employment, formal or informal. If respondent currently in unpaid training or attending school, select "N/A".',
        fr: 'Emploi salarié ou travail indépendant, formel ou informel. Si la personne interrogée suit actuellement une formation non rémunérée ou va à l’école, cochez « Sans objet ».',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'yes', label: yes, value: 1 },
        { code: 'no', label: no, value: 0 },
        declined,
        notApplicable,
      ],
    },
    {
      id: 'q8',
      number: 8,
      dimension: 'economic',
      text: {
        en: 'Do you own any of the following productive assets?',
        fr: 'Possédez-vous l’un des biens productifs suivants ?',
      },
      guidance: {
        en: 'Productive assets create a potential basis for an income-generating activity. As categories will differ based on context, it is suggested that interviewers consider the potential of assets in local economies and adapt answers accordingly. For scoring purposes, it is only necessary to know if respondent does (yes) or does not (no) own a productive asset of any kind. However, knowing which particular asset a returnee owns will support the case for management and reintegration counselling.',
        fr: 'Les biens productifs peuvent servir de base à une activité génératrice de revenus. Comme les catégories varient selon le contexte, il est suggéré aux enquêteurs de tenir compte du potentiel des biens dans l’économie locale et d’adapter les réponses en conséquence. Pour le calcul du score, il suffit de savoir si la personne interrogée possède (oui) ou non (non) un bien productif, quel qu’il soit. Savoir quel bien précis possède la personne de retour aidera toutefois la gestion de son cas et le conseil en réintégration.',
      },
      select: 'all',
      prompting: 'prompt',
      // Scored as "owns any productive asset" (L6662): every asset is worth 1.
      options: [
        { code: 'land', label: { en: 'Land', fr: 'Terres' }, value: 1 },
        { code: 'animals', label: { en: 'Animals', fr: 'Animaux' }, value: 1 },
        { code: 'trees', label: { en: 'Trees (fruits, nuts)', fr: 'Arbres (fruits, noix)' }, value: 1 },
        {
          code: 'buildings',
          label: { en: 'Buildings and Structures', fr: 'Bâtiments et constructions' },
          value: 1,
        },
        { code: 'vehicles', label: { en: 'Vehicles', fr: 'Véhicules' }, value: 1 },
        { code: 'equipment', label: { en: 'Equipment and Tools', fr: 'Équipements et outils' }, value: 1 },
        { code: 'other', label: other, value: 1, explain: true },
        { code: 'no', label: no, value: 0, exclusive: true },
        { ...declined, exclusive: true },
      ],
    },
    {
      id: 'q9',
      number: 9,
      dimension: 'economic',
      text: { en: 'Are you currently looking for a job?', fr: 'Cherchez-vous actuellement un emploi ?' },
      guidance: {
        en: 'Regardless of currently working or not. A respondent might be employed but unhappy with their current pay and conditions and so forth, and searching for alternative opportunities.',
        fr: 'Que la personne travaille actuellement ou non. Une personne peut avoir un emploi mais être mécontente de son salaire, de ses conditions de travail, etc., et chercher d’autres possibilités.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      // Looking for a job signals an unsettled economic situation, so "yes" is the worse answer.
      options: [{ code: 'yes', label: yes, value: 0 }, { code: 'no', label: no, value: 1 }, declined],
    },
    {
      id: 'q10',
      number: 10,
      dimension: 'economic',
      text: { en: 'Why are you looking for a new job?', fr: 'Pourquoi cherchez-vous un nouvel emploi ?' },
      select: 'all',
      prompting: 'prompt',
      askedWhen: { question: 'q9', anyOf: ['yes'] },
      options: [
        { code: 'unemployed', label: { en: 'Unemployed', fr: 'Sans emploi' } },
        {
          code: 'unhappy_work',
          label: {
            en: 'Unhappy with work at current job',
            fr: 'Mécontent(e) du travail dans l’emploi actuel',
          },
        },
        {
          code: 'unhappy_conditions',
          label: {
            en: 'Unhappy with work conditions (location, working hours and so on)',
            fr: 'Mécontent(e) des conditions de travail (lieu, horaires, etc.)',
          },
        },
        {
          code: 'unhappy_salary',
          label: {
            en: 'Unhappy with salary at current job',
            fr: 'Mécontent(e) du salaire de l’emploi actuel',
          },
        },
        { code: 'other', label: other, explain: true },
      ],
    },

    // SOCIAL DIMENSION (L6667)
    {
      id: 'q11',
      number: 11,
      dimension: 'social',
      text: {
        en: 'How would you rate your access to housing in your community?',
        fr: 'Comment évaluez-vous votre accès au logement dans votre communauté ?',
      },
      guidance: {
        en: 'Self-assessed ability to find, change and afford housing',
        fr: 'Capacité, selon la personne elle-même, à trouver un logement, à en changer et à en payer le coût',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25 },
        { code: 'very_poor', label: veryPoor, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q12',
      number: 12,
      dimension: 'social',
      text: {
        en: 'How would you rate the standard of housing you live in today?',
        fr: 'Comment évaluez-vous la qualité du logement dans lequel vous vivez aujourd’hui ?',
      },
      guidance: {
        en: 'Self-assessment of standard of housing – safety, cleanliness, size, neighbourhood and other conditions.',
        fr: 'Évaluation, par la personne elle-même, de la qualité du logement – sécurité, propreté, taille, voisinage et autres conditions.',
      },
      select: 'one',
      prompting: 'prompt_if_needed',
      options: [
        { code: 'very_good', label: { en: 'Very good', fr: 'Très bonne' }, value: 1 },
        { code: 'good', label: { en: 'Good', fr: 'Bonne' }, value: 0.75 },
        { code: 'average', label: { en: 'Average', fr: 'Moyenne' }, value: 0.5 },
        { code: 'poor', label: { en: 'Poor', fr: 'Mauvaise' }, value: 0.25 },
        { code: 'very_poor', label: { en: 'Very poor', fr: 'Très mauvaise' }, value: 0 },
        declined,
      ],
    },
    {
      id: 'q13',
      number: 13,
      dimension: 'social',
      text: {
        en: 'How would you rate the access to education in your community?',
        fr: 'Comment évaluez-vous l’accès à l’éducation dans votre communauté ?',
      },
      guidance: {
        en: 'Self-assessed ability to take part in educational activities, programmes, courses, and so on',
        fr: 'Capacité, selon la personne elle-même, à participer à des activités éducatives, des programmes, des cours, etc.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25 },
        { code: 'very_poor', label: veryPoor, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q14',
      number: 14,
      dimension: 'social',
      text: {
        en: 'Are all school-aged children in your household currently attending school?',
        fr: 'Tous les enfants d’âge scolaire de votre foyer vont-ils actuellement à l’école ?',
      },
      guidance: {
        en: "This includes children to whom respondent is a parent or guardian, as well as other children in respondents' household.",
        fr: 'Cela comprend les enfants dont la personne interrogée est le parent ou le tuteur, ainsi que les autres enfants de son foyer.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        {
          code: 'yes',
          label: {
            en: 'Yes (also select if no children in home)',
            fr: 'Oui (cochez aussi s’il n’y a pas d’enfants au foyer)',
          },
          value: 1,
        },
        {
          code: 'some',
          label: { en: 'No - some but not all', fr: 'Non – certains, mais pas tous' },
          value: 0.5,
          explain: true,
        },
        { code: 'none', label: { en: 'None', fr: 'Aucun' }, value: 0, explain: true },
        declined,
      ],
    },
    {
      id: 'q15',
      number: 15,
      dimension: 'social',
      text: {
        en: 'How would you rate the access to justice and law enforcement in your community?',
        fr: 'Comment évaluez-vous l’accès à la justice et aux forces de l’ordre dans votre communauté ?',
      },
      guidance: {
        en: 'Self-assessed ability to use and be protected by services and guarantees provided by courts, police, military, and so on.',
        fr: 'Capacité, selon la personne elle-même, à recourir aux services et aux garanties qu’offrent les tribunaux, la police, l’armée, etc., et à être protégée par eux.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25 },
        { code: 'very_poor', label: veryPoor, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q16',
      number: 16,
      dimension: 'social',
      text: {
        en: 'Do you have at least one identification document?',
        fr: 'Avez-vous au moins une pièce d’identité ?',
      },
      guidance: {
        en: 'Passport, national or local identification document, birth certificate – adjust specifics based on local context.',
        fr: 'Passeport, carte d’identité nationale ou document d’identité local, acte de naissance – adaptez les détails au contexte local.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'yes', label: yes, value: 1 },
        { code: 'no', label: no, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q17',
      number: 17,
      dimension: 'social',
      text: {
        en: 'How would you rate the access to documentation (personal ID, birth certificates and so on) in your community?',
        fr: 'Comment évaluez-vous l’accès aux documents officiels (pièce d’identité, acte de naissance, etc.) dans votre communauté ?',
      },
      guidance: {
        en: 'Self-assessed ability to request and receive personal documents issued by the State.',
        fr: 'Capacité, selon la personne elle-même, à demander et à obtenir les documents personnels délivrés par l’État.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25 },
        { code: 'very_poor', label: veryPoor, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q18',
      number: 18,
      dimension: 'social',
      text: {
        en: 'How would you rate the access to safe drinking water in your community?',
        fr: 'Comment évaluez-vous l’accès à l’eau potable dans votre communauté ?',
      },
      guidance: {
        en: 'Self-assessed ability to access and use water which is suitable for drinking and hygiene.',
        fr: 'Capacité, selon la personne elle-même, à se procurer et à utiliser une eau propre à la boisson et à l’hygiène.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25 },
        { code: 'very_poor', label: veryPoor, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q19',
      number: 19,
      dimension: 'social',
      text: {
        en: 'How would you rate the access to health care in your community?',
        fr: 'Comment évaluez-vous l’accès aux soins de santé dans votre communauté ?',
      },
      guidance: {
        en: 'Self-assessed ability to access and use medical services',
        fr: 'Capacité, selon la personne elle-même, à accéder aux services médicaux et à les utiliser',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_good', label: veryGood, value: 1 },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'poor', label: poor, value: 0.25, explain: true },
        { code: 'very_poor', label: veryPoor, value: 0, explain: true },
        declined,
      ],
      // Printed in the Notes column (L6680), which never counts for the score.
      followUp: {
        when: ['poor', 'very_poor'],
        prompt: {
          en: 'Please explain why health care is not easily accessible to you:',
          fr: 'Veuillez expliquer pourquoi les soins de santé ne vous sont pas facilement accessibles :',
        },
        options: [
          {
            code: 'no_facility',
            label: {
              en: 'No health-care facility exists nearby',
              fr: 'Il n’existe aucun établissement de santé à proximité',
            },
          },
          { code: 'too_expensive', label: { en: 'It is too expensive', fr: 'C’est trop cher' } },
          { code: 'too_far', label: { en: 'It is too far', fr: 'C’est trop loin' } },
          { code: 'other', label: other },
        ],
      },
    },
    {
      id: 'q20',
      number: 20,
      dimension: 'social',
      text: {
        en: 'What is the quality of health care available to you?',
        fr: 'Quelle est la qualité des soins de santé auxquels vous avez accès ?',
      },
      guidance: {
        en: 'Self-perceived standard of care, which respondent is able to obtain for themselves.',
        fr: 'Qualité des soins, telle que la perçoit la personne interrogée, qu’elle est en mesure d’obtenir pour elle-même.',
      },
      select: 'one',
      prompting: 'prompt_if_needed',
      options: [
        { code: 'very_good', label: { en: 'Very good', fr: 'Très bonne' }, value: 1 },
        { code: 'good', label: { en: 'Good', fr: 'Bonne' }, value: 0.75 },
        { code: 'fair', label: { en: 'Fair', fr: 'Passable' }, value: 0.5 },
        { code: 'bad', label: { en: 'Bad', fr: 'Mauvaise' }, value: 0.25 },
        { code: 'very_bad', label: { en: 'Very bad', fr: 'Très mauvaise' }, value: 0 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q21',
      number: 21,
      dimension: 'social',
      text: {
        en: 'Access to public services overall is generated from average answers to above questions (Q13, 15, 17, 18, 19).',
        fr: 'L’accès global aux services publics est calculé à partir de la moyenne des réponses aux questions ci-dessus (Q13, 15, 17, 18, 19).',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [],
      meanOf: ['q13', 'q15', 'q17', 'q18', 'q19'],
    },

    // PSYCHOSOCIAL DIMENSION (L6683)
    {
      id: 'q22',
      number: 22,
      dimension: 'psychosocial',
      text: {
        en: 'How often are you invited or do you participate in social activities (celebrations, weddings, other events) within your community?',
        fr: 'À quelle fréquence êtes-vous invité(e) à des activités sociales (fêtes, mariages, autres événements) dans votre communauté, ou y participez-vous ?',
      },
      guidance: {
        en: 'Both invitations and participation matter, showing strength of personal connections to community.',
        fr: 'Les invitations comme la participation comptent : elles montrent la force des liens personnels avec la communauté.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      // Unlike Q2, Q4 and Q26, frequent here is good: "Very often" is the best answer.
      options: [
        { code: 'very_often', label: veryOften, value: 1 },
        { code: 'often', label: often, value: 0.75 },
        { code: 'sometimes', label: sometimes, value: 0.5 },
        { code: 'rarely', label: rarely, value: 0.25 },
        { code: 'never', label: never, value: 0 },
        declined,
      ],
    },
    {
      id: 'q23',
      number: 23,
      dimension: 'psychosocial',
      text: {
        en: "How do you feel about your support network? Can you rely on the network's support?",
        fr: 'Que pensez-vous de votre réseau de soutien ? Pouvez-vous compter sur le soutien de ce réseau ?',
      },
      guidance: {
        en: 'Self-perceived support network which can provide emotional or practical help in time of need, regardless of actual type, size, strength of support.',
        fr: 'Réseau de soutien tel que le perçoit la personne, capable d’apporter une aide affective ou pratique en cas de besoin, quels que soient le type, la taille et la force réels de ce soutien.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        {
          code: 'very_good',
          label: { en: 'Very good - a very strong network', fr: 'Très bon – un réseau très solide' },
          value: 1,
        },
        { code: 'good', label: good, value: 0.75 },
        { code: 'fair', label: fair, value: 0.5 },
        { code: 'bad', label: { en: 'Bad', fr: 'Mauvais' }, value: 0.25 },
        {
          code: 'very_bad',
          label: { en: 'Very bad - a very weak network', fr: 'Très mauvais – un réseau très faible' },
          value: 0,
        },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q24',
      number: 24,
      dimension: 'psychosocial',
      text: {
        en: 'Do you feel you are part of the community where you currently live?',
        fr: 'Avez-vous le sentiment de faire partie de la communauté où vous vivez actuellement ?',
      },
      guidance: { en: 'Personal feeling of belonging.', fr: 'Sentiment personnel d’appartenance.' },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        {
          code: 'agree',
          label: {
            en: 'I agree - I feel strongly that I am part of the community',
            fr: 'Je suis d’accord – je sens vraiment que je fais partie de la communauté',
          },
          value: 1,
        },
        {
          code: 'somewhat_agree',
          label: { en: 'I somewhat agree', fr: 'Je suis plutôt d’accord' },
          value: 0.75,
        },
        {
          code: 'neutral',
          label: { en: "I don't agree or disagree", fr: 'Je ne suis ni d’accord ni en désaccord' },
          value: 0.5,
        },
        {
          code: 'somewhat_disagree',
          label: { en: 'I somewhat disagree', fr: 'Je suis plutôt en désaccord' },
          value: 0.25,
        },
        {
          code: 'strongly_disagree',
          label: {
            en: "I strongly disagree - I don't feel part of the community at all",
            fr: 'Je suis tout à fait en désaccord – je ne me sens pas du tout membre de la communauté',
          },
          value: 0,
        },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q25',
      number: 25,
      dimension: 'psychosocial',
      text: {
        en: 'How physically safe do you feel for yourself and your family during everyday activities outside?',
        fr: 'Dans quelle mesure vous sentez-vous physiquement en sécurité, vous et votre famille, lors de vos activités quotidiennes à l’extérieur ?',
      },
      guidance: {
        en: 'Perceived physical safety from violence and persecution and other forms of insecurity. May be related to belonging to a social group or to the status of returnee alone.',
        fr: 'Sécurité physique perçue face à la violence, à la persécution et aux autres formes d’insécurité. Peut être liée à l’appartenance à un groupe social ou au seul statut de personne de retour.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        {
          code: 'very_safe',
          label: {
            en: 'I feel very safe all the time',
            fr: 'Je me sens tout à fait en sécurité en permanence',
          },
          value: 1,
        },
        {
          code: 'safe',
          label: { en: 'I feel safe most of the time', fr: 'Je me sens en sécurité la plupart du temps' },
          value: 0.75,
        },
        { code: 'neutral', label: { en: 'Neutral', fr: 'Neutre' }, value: 0.5 },
        {
          code: 'unsafe',
          label: {
            en: 'I feel unsafe most of the time',
            fr: 'Je ne me sens pas en sécurité la plupart du temps',
          },
          value: 0.25,
        },
        {
          code: 'very_unsafe',
          label: {
            en: 'I feel very unsafe all the time',
            fr: 'Je me sens en grande insécurité en permanence',
          },
          value: 0,
        },
        declined,
      ],
      weighsMore: true,
    },
    {
      id: 'q26',
      number: 26,
      dimension: 'psychosocial',
      text: {
        en: 'How frequently have you experienced important tensions or conflicts between you and your family since you returned?',
        fr: 'Depuis votre retour, à quelle fréquence avez-vous connu des tensions ou des conflits importants avec votre famille ?',
      },
      guidance: {
        en: 'Self-perceived frequency. Every family experiences or is accustomed to a different frequency of conflicts – this question asks about conflicts and tensions that feel subjectively important and disturbing to the returnee, therefore hampering the reintegration process. These tensions could be new or dating prior to return.',
        fr: 'Fréquence perçue par la personne. Chaque famille connaît des conflits à une fréquence différente, ou y est habituée – cette question porte sur les conflits et tensions que la personne de retour ressent elle-même comme importants et perturbants, et qui freinent donc le processus de réintégration. Ces tensions peuvent être nouvelles ou remonter à avant le retour.',
      },
      note: {
        en: 'For case management follow up: do you experience more incidents of tension than before your migration experience?',
        fr: 'Pour le suivi de la gestion de cas : vivez-vous plus de tensions qu’avant votre expérience migratoire ?',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'very_often', label: veryOften, value: 0 },
        { code: 'often', label: often, value: 0.25 },
        { code: 'sometimes', label: sometimes, value: 0.5 },
        { code: 'rarely', label: rarely, value: 0.75 },
        { code: 'never', label: never, value: 1 },
        declined,
      ],
    },
    {
      id: 'q27',
      number: 27,
      dimension: 'psychosocial',
      text: {
        en: 'Have you felt discriminated against since your return?',
        fr: 'Vous êtes-vous senti(e) victime de discrimination depuis votre retour ?',
      },
      guidance: {
        en: 'Frequency of a feeling, no need for additional information on specific instances of discrimination.',
        fr: 'Fréquence d’un sentiment ; il n’est pas nécessaire d’obtenir des détails sur des cas précis de discrimination.',
      },
      definition: {
        en: 'Definition: discrimination entails inability to enjoy rights and freedoms without distinction of any kind, such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.',
        fr: 'Définition : la discrimination consiste à ne pas pouvoir jouir de ses droits et libertés sans distinction aucune, notamment de race, de couleur, de sexe, de langue, de religion, d’opinion politique ou de toute autre opinion, d’origine nationale ou sociale, de fortune, de naissance ou de toute autre situation.',
      },
      note: { en: 'Follow up: if yes, please explain.', fr: 'Suivi : si oui, veuillez expliquer.' },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'never', label: never, value: 1 },
        { code: 'only_rarely', label: onlyRarely, value: 2 / 3 },
        { code: 'sometimes', label: sometimes, value: 1 / 3, explain: true },
        { code: 'very_often', label: veryOften, value: 0, explain: true },
        declined,
      ],
    },
    {
      id: 'q28',
      number: 28,
      dimension: 'psychosocial',
      text: {
        en: 'Do you often suffer from any of the following?',
        fr: 'Souffrez-vous souvent de l’un des états suivants ?',
      },
      items: [
        { en: 'Feeling angry', fr: 'Sentiment de colère' },
        { en: 'Feeling sad', fr: 'Sentiment de tristesse' },
        { en: 'Feeling afraid', fr: 'Sentiment de peur' },
        { en: 'Feeling stressed', fr: 'Sentiment de stress' },
        { en: 'Feeling lonely', fr: 'Sentiment de solitude' },
        { en: 'Feeling low self-worth', fr: 'Sentiment de ne pas valoir grand-chose' },
        { en: 'Difficulty concentrating', fr: 'Difficulté à se concentrer' },
      ],
      guidance: {
        en: 'Signs of psychosocial distress, answer should consider frequency of these symptoms.',
        fr: 'Signes de détresse psychosociale ; la réponse doit tenir compte de la fréquence de ces symptômes.',
      },
      select: 'one',
      prompting: 'prompt',
      options: [
        { code: 'never', label: never, value: 1 },
        { code: 'only_rarely', label: onlyRarely, value: 2 / 3 },
        { code: 'sometimes', label: sometimes, value: 1 / 3, explain: true },
        { code: 'very_often', label: veryOften, value: 0, explain: true },
        declined,
      ],
    },
    {
      id: 'q29',
      number: 29,
      dimension: 'psychosocial',
      text: {
        en: 'Would you wish to receive specialized psychological support?',
        fr: 'Souhaiteriez-vous recevoir un soutien psychologique spécialisé ?',
      },
      guidance: {
        en: 'Such support may include informal or formal counselling, and other forms of support. Does not refer exclusively to psychological therapy.',
        fr: 'Ce soutien peut comprendre un accompagnement psychologique (counselling) informel ou formel, et d’autres formes de soutien. Il ne s’agit pas uniquement de psychothérapie.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      // Wishing for support signals a need, so "yes" is the worse answer (seed-003 P4c).
      options: [
        { code: 'yes', label: yes, value: 0 },
        { code: 'no', label: no, value: 1 },
        dontKnow,
        declined,
      ],
    },
    {
      id: 'q30',
      number: 30,
      dimension: 'psychosocial',
      text: {
        en: 'Do you feel that you are able to stay and live in this country?',
        fr: 'Avez-vous le sentiment de pouvoir rester et vivre dans ce pays ?',
      },
      guidance: {
        en: 'Focus on ability to stay in country of origin, as opposed to wish, is given by IOM\'s definition of sustainable reintegration: "Having achieved sustainable reintegration, returnees are able to make further migration decisions a matter of choice, rather than necessity."',
        fr: 'L’accent mis sur la capacité de rester dans le pays d’origine, plutôt que sur le souhait d’y rester, découle de la définition de la réintégration durable de l’OIM : « Une fois leur réintégration durable atteinte, les personnes de retour peuvent prendre leurs futures décisions de migration par choix, et non par nécessité. »',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      options: [
        { code: 'yes', label: yes, value: 1 },
        { code: 'no', label: no, value: 0 },
        dontKnow,
        declined,
      ],
      weighsMore: true,
    },
    {
      id: 'q31',
      number: 31,
      dimension: 'psychosocial',
      text: {
        en: 'What is it that makes you feel that way?',
        fr: 'Qu’est-ce qui vous fait ressentir cela ?',
      },
      guidance: {
        en: 'Important distinction between the need and the wish to leave – reflecting the respondent’s ability to deal with remigration drivers in country of origin. If respondent indicates both wish and need to leave, please select primary reason. For example, if a respondent has been struggling to find employment, is unable to cover their basic needs, and also misses their girlfriend in Belgium select “need” – since inability to establish sustainable living is the primary underlining reason for wanting to leave.',
        fr: 'Distinction importante entre le besoin et le souhait de partir – elle reflète la capacité de la personne interrogée à faire face aux facteurs de remigration dans le pays d’origine. Si la personne indique à la fois le souhait et le besoin de partir, cochez la raison principale. Par exemple, si une personne a du mal à trouver un emploi, ne parvient pas à couvrir ses besoins essentiels et que sa petite amie en Belgique lui manque aussi, cochez « besoin » – car l’impossibilité de mener une vie durable est la raison principale de son envie de partir.',
      },
      select: 'one',
      prompting: 'do_not_prompt',
      // The form prints "No (please continue to Q32)" on Q30, read as a misprint for Q31 (digest A1).
      askedWhen: { question: 'q30', anyOf: ['no'] },
      options: [
        {
          code: 'wish_to_leave',
          label: {
            en: 'I miss my friends/family members elsewhere; cultural factors; wish to continue studies abroad (WISH TO LEAVE)',
            fr: 'Mes amis ou des membres de ma famille qui sont ailleurs me manquent ; raisons culturelles ; envie de poursuivre des études à l’étranger (SOUHAIT DE PARTIR)',
          },
        },
        {
          code: 'need_to_leave',
          label: {
            en: 'Lack of jobs; lack of security; low earnings; lack of essential services; family pressure (FEEL THE NEED TO LEAVE)',
            fr: 'Manque d’emplois ; manque de sécurité ; revenus faibles ; manque de services essentiels ; pression de la famille (BESOIN DE PARTIR)',
          },
        },
      ],
    },
    {
      id: 'q32',
      number: 32,
      dimension: 'psychosocial',
      text: {
        en: 'Who are the people and organizations that support you in this community?',
        fr: 'Quelles sont les personnes et les organisations qui vous soutiennent dans cette communauté ?',
      },
      select: 'all',
      prompting: 'do_not_prompt_initially',
      // Scored as "has any support", by analogy with Q8 (L6662): every supporter is worth 1.
      options: [
        { code: 'family', label: { en: 'Family', fr: 'La famille' }, value: 1 },
        { code: 'friends', label: { en: 'Friends', fr: 'Les amis' }, value: 1 },
        {
          code: 'religious',
          label: {
            en: 'Religious organizations and leaders',
            fr: 'Les organisations et les responsables religieux',
          },
          value: 1,
        },
        {
          code: 'community_leaders',
          label: { en: 'Community leaders', fr: 'Les responsables communautaires' },
          value: 1,
        },
        { code: 'colleagues', label: { en: 'Work colleagues', fr: 'Les collègues de travail' }, value: 1 },
        { code: 'iom', label: { en: 'IOM', fr: 'L’OIM' }, value: 1 },
        { code: 'ngos', label: { en: 'NGOs', fr: 'Les ONG' }, value: 1 },
        {
          code: 'other_returnees',
          label: { en: 'Other returnees', fr: 'D’autres personnes de retour' },
          value: 1,
        },
        { code: 'other', label: other, value: 1, explain: true },
        { code: 'no_one', label: { en: 'No one', fr: 'Personne' }, value: 0, exclusive: true },
      ],
    },
  ],
  departures: [
    {
      en: 'Q31 is asked when Q30 is answered "No". The form prints "No (please continue to Q32)" on Q30 yet asks Q31 "only if “no” answered above" (L6696, L6699); Q32 is read as a misprint for Q31, since Q31 asks why the returnee feels unable to stay.',
      fr: 'La Q31 est posée quand la réponse à la Q30 est « Non ». Le formulaire imprime « Non (passez à la Q32) » à la Q30, mais ne pose la Q31 que « si “non” a été répondu ci-dessus » (L6696, L6699) ; « Q32 » est lu comme une coquille pour « Q31 », puisque la Q31 demande pourquoi la personne ne se sent pas en mesure de rester.',
    },
    {
      en: 'Q21 is the mean of the values of Q13, Q15, Q17, Q18 and Q19, leaving out "I don\'t know" and "I don\'t wish to answer": they say nothing about access. The form does not say how they count (digest A14).',
      fr: 'La Q21 est la moyenne des valeurs des Q13, Q15, Q17, Q18 et Q19, sans les réponses « Je ne sais pas » et « Je ne souhaite pas répondre » : elles ne disent rien de l’accès. Le formulaire ne précise pas comment les traiter (digest A14).',
    },
    {
      en: 'In Q8, "No" and "I don\'t wish to answer" cannot be chosen together with another answer, nor can "No one" in Q32: they contradict the other answers. The form does not say so (digest A5).',
      fr: 'À la Q8, « Non » et « Je ne souhaite pas répondre » ne peuvent pas être cochés avec une autre réponse, pas plus que « Personne » à la Q32 : ils contredisent les autres réponses. Le formulaire ne le dit pas (digest A5).',
    },
    {
      en: 'Q8 is scored on whether the returnee owns any productive asset ("it is only necessary to know if respondent does (yes) or does not (no) own a productive asset of any kind", L6662), and Q32, likewise, on whether anyone supports them. Which assets and supporters were named is kept for case management.',
      fr: 'La Q8 est notée selon que la personne de retour possède ou non un bien productif, quel qu’il soit (« il suffit de savoir si la personne interrogée possède (oui) ou non (non) un bien productif », L6662), et la Q32, de la même façon, selon que quelqu’un la soutient ou non. Les biens et les soutiens cités sont conservés pour la gestion du cas.',
    },
    {
      en: "The option values are provisional: linear from the worst answer (0) to the best (1). The official values and weights are in IOM's methodological note on scoring, which the seeds do not contain (L6574).",
      fr: 'Les valeurs des réponses sont provisoires : linéaires, de la pire réponse (0) à la meilleure (1). Les valeurs et pondérations officielles figurent dans la note méthodologique de l’OIM sur le calcul des scores, absente des sources (L6574).',
    },
    {
      en: 'Q10 (why the returnee is looking for a job) and Q31 (wish or need to leave) are not scored: they are asked only after a given answer and record reasons, which serve case management.',
      fr: 'Les Q10 (pourquoi la personne cherche un emploi) et Q31 (souhait ou besoin de partir) ne sont pas notées : elles ne sont posées qu’après une réponse donnée et recueillent des raisons, utiles à la gestion du cas.',
    },
    {
      en: 'The reasons why health care is hard to reach (Q19) are an unscored follow-up shown after "Poor" or "Very poor". The form prints them in the Notes column, which never counts for the score (L6611, digest A6).',
      fr: 'Les raisons pour lesquelles les soins de santé sont difficiles d’accès (Q19) forment une question complémentaire non notée, posée après « Mauvais » ou « Très mauvais ». Le formulaire les imprime dans la colonne Notes, qui ne compte jamais dans le score (L6611, digest A6).',
    },
  ],
};
