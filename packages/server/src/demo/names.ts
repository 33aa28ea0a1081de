// Given names and family names common in Guinea and Niger, the two demo
// missions (seed-000 studies both, L280). Demo people are random pairings of
// these, so they are plausible but nobody in particular.
export const femaleGivenNames = [
  'Aissatou',
  'Fatoumata',
  'Mariama',
  'Kadiatou',
  'Hawa',
  'Aminata',
  'Djenabou',
  'Ramatoulaye',
  'Hadiza',
  'Zeinabou',
  'Salamatou',
  'Rakiatou',
];
export const maleGivenNames = [
  'Mamadou',
  'Ibrahima',
  'Oumar',
  'Abdoulaye',
  'Alpha',
  'Moussa',
  'Souleymane',
  'Sekou',
  'Issoufou',
  'Boubacar',
  'Amadou',
  'Harouna',
];
export const givenNames = [...femaleGivenNames, ...maleGivenNames];
export const familyNames = [
  'Diallo',
  'Barry',
  'Bah',
  'Camara',
  'Condé',
  'Keïta',
  'Sylla',
  'Touré',
  'Soumah',
  'Kouyaté',
  'Issaka',
  'Abdou',
  'Hama',
  'Garba',
  'Souley',
  'Maïga',
  'Yacouba',
  'Oumarou',
  'Boubacar',
  'Sani',
];
