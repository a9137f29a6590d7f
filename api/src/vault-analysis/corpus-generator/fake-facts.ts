import type { Random } from './random-source';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const CITIES: [string, string][] = [
  ['Nantes', '44'],
  ['Rennes', '35'],
  ['Bordeaux', '33'],
  ['Lyon', '69'],
  ['Lille', '59'],
  ['Toulouse', '31'],
  ['Montpellier', '34'],
  ['Angers', '49'],
  ['Tours', '37'],
  ['Marseille', '13'],
  ['Nice', '06'],
  ['Strasbourg', '67'],
  ['Grenoble', '38'],
  ['Dijon', '21'],
  ['Reims', '51'],
  ['Le Mans', '72'],
  ['Brest', '29'],
  ['Caen', '14'],
  ['Rouen', '76'],
  ['Annecy', '74'],
  ['La Rochelle', '17'],
  ['Vannes', '56'],
  ['Orléans', '45'],
  ['Metz', '57'],
];
const PROGRAMMES = [
  'Les Tilleuls',
  'Le Clos des Vignes',
  'Villa Horizon',
  'Les Terrasses du Parc',
  'L’Écrin de Loire',
  'Le Domaine des Chênes',
  'Cœur Saint-Jacques',
  'Les Jardins d’Éole',
  'Le Belvédère',
  'Quai Ouest',
  'Les Allées Marines',
  'Le Carré Lumière',
  'Résonance',
  'Les Hauts de Sèvre',
  'Green Park',
  'Le Patio des Arts',
  'Les Balcons du Lac',
  'Origin’',
  'Villa Flora',
  'Le Hameau des Sources',
];
const FIRST = [
  'Jean',
  'Marie',
  'Pierre',
  'Sophie',
  'Nicolas',
  'Isabelle',
  'Laurent',
  'Claire',
  'Thomas',
  'Camille',
  'Julien',
  'Nathalie',
  'François',
  'Céline',
  'Olivier',
  'Hélène',
  'Antoine',
  'Aurélie',
  'Benoît',
  'Élodie',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Le Goff',
  'Guérin',
  'Chevalier',
  'Gautier',
  'Perrin',
  'Rousseau',
  'Blanc',
  'Caron',
];
const STREETS = [
  'rue de la République',
  'boulevard Victor Hugo',
  'avenue Jean Jaurès',
  'rue des Lilas',
  'quai de la Fosse',
  'rue du Général de Gaulle',
  'allée des Peupliers',
  'chemin des Vignes',
  'rue Pasteur',
  'avenue de la Gare',
  'rue de Strasbourg',
  'impasse des Tanneurs',
  'cours Gambetta',
  'rue Nationale',
  'route de Paris',
];
const GROUPS = [
  'Atlantique Promotion',
  'Horizon Habitat',
  'Ligérienne Immobilier',
  'Nexity Régions',
  'Oréal Promotion',
  'Bati-Ouest',
  'Kaufman Développement',
  'Aquitaine Résidences',
  'Alpes Habitat',
  'Méditerranée Promotion',
  'Cogéprom',
  'Rivages Immobilier',
  'Sud Invest Promotion',
  'Armor Habitat',
  'Val de Loire Promotion',
];
const BANKS = [
  'Banque Populaire Grand Ouest',
  'Crédit Agricole Atlantique Vendée',
  'Caisse d’Épargne Bretagne Pays de Loire',
  'CIC Ouest',
  'Société Générale',
  'BNP Paribas',
  'Crédit Mutuel',
  'LCL',
  'Banque Palatine',
  'Arkéa Banque Entreprises',
];
const INSURERS = [
  'SMABTP',
  'AXA France IARD',
  'MMA IARD',
  'Allianz IARD',
  'Groupama',
  'QBE Europe',
  'Albingia',
  'L’Auxiliaire',
];

/** The facts of one document: a deal, its parties and places. */
export interface Facts {
  city: string;
  department: string;
  programme: string;
  company: string;
  group: string;
  manager: string;
  notary: string;
  bank: string;
  insurer: string;
  street: string;
  postcode: string;
  siren: string;
  parcel: string;
  lots: number;
  floorArea: number;
}

function luhnCheckDigit(body: string): number {
  for (let d = 0; d <= 9; d++) {
    const digits = body + d;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let x = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return d;
  }
  return 0;
}

export function fakeSiren(r: Random): string {
  const body = String(r.int(30000000, 99999999));
  return body + luhnCheckDigit(body);
}

export function formatSiren(siren: string): string {
  return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
}

export function fakePerson(r: Random): string {
  return `${r.pick(FIRST)} ${r.pick(LAST).toUpperCase()}`;
}

export function fakeFacts(r: Random): Facts {
  const [city, department] = r.pick(CITIES);
  const programme = r.pick(PROGRAMMES);
  return {
    city,
    department,
    programme,
    company: `SCCV ${r.pick(['', 'Résidence ', 'Les ', ''])}${programme.replace(/^Les /, '')}`.replace(
      'Les Les',
      'Les',
    ),
    group: r.pick(GROUPS),
    manager: fakePerson(r),
    notary: `Maître ${fakePerson(r)}`,
    bank: r.pick(BANKS),
    insurer: r.pick(INSURERS),
    street: `${r.int(1, 180)} ${r.pick(STREETS)}`,
    postcode: `${department}${String(r.int(0, 9) * 100).padStart(3, '0')}`,
    siren: fakeSiren(r),
    parcel: `section ${r.pick(['A', 'AB', 'BK', 'CD', 'EX', 'HN', 'ZA', 'AK'])} n° ${r.int(10, 899)}`,
    lots: r.int(8, 120),
    floorArea: r.int(600, 9800),
  };
}

/** A date in 2023..2026, written `12/03/2025` or `12 mars 2025`. */
export function fakeDate(r: Random, style: 'slash' | 'words' | 'any' = 'any'): string {
  const day = r.int(1, 28);
  const month = r.int(1, 12);
  const year = r.int(2023, 2026);
  const useWords = style === 'words' || (style === 'any' && r.chance(0.5));
  if (useWords) return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A euro amount in French notation: `1 250 000,00 €`, `1.250.000 EUR`, `1 250 000 euros`. */
export function formatEuros(r: Random, value: number): string {
  const whole = Math.round(value);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, r.chance(0.2) ? '.' : ' ');
  const style = r.int(0, 3);
  if (style === 0) return `${grouped},00 €`;
  if (style === 1) return `${grouped} €`;
  if (style === 2) return `${grouped} EUR`;
  return `${grouped} euros`;
}

export function fakeAmount(r: Random, min: number, max: number): string {
  return formatEuros(r, r.int(min / 100, max / 100) * 100);
}
