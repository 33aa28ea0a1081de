// Given names and family names common in Guinea and Niger, the two demo
// missions (seed-000 studies both, L280). Demo people are random pairings of
// these, so they are plausible but nobody in particular.
export const givenNames = [
  'Mamadou', 'Aissatou', 'Fatoumata', 'Ibrahima', 'Oumar', 'Mariama', 'Abdoulaye', 'Kadiatou',
  'Alpha', 'Hawa', 'Moussa', 'Aminata', 'Souleymane', 'Djenabou', 'Sekou', 'Ramatoulaye',
  'Issoufou', 'Hadiza', 'Boubacar', 'Zeinabou', 'Amadou', 'Salamatou', 'Harouna', 'Rakiatou',
];
export const familyNames = [
  'Diallo', 'Barry', 'Bah', 'Camara', 'Condé', 'Keïta', 'Sylla', 'Touré', 'Soumah', 'Kouyaté',
  'Issaka', 'Abdou', 'Hama', 'Garba', 'Souley', 'Maïga', 'Yacouba', 'Oumarou', 'Boubacar', 'Sani',
];
