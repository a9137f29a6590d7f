export { E2E_PASSWORD as PASSWORD } from '../../e2e/support/start-app';

export const PAUL = 'paul.girard@banque-horizon.example';
export const MARIE = 'marie.lefevre@banque-horizon.example';
export const SOPHIE = 'sophie.martin@banque-horizon.example';
export const JULIE = 'julie.morel@atlantique-promotion.example';
export const LUCAS = 'lucas.bernard@atlantique-promotion.example';
export const KARIM = 'karim.benali@rhone-habitat.example';
export const TILLEULS = 'Résidence Les Tilleuls';
export const TERRASSES = 'Les Terrasses du Rhône';
