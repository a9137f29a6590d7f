import {
  annexRef,
  article,
  bold,
  bulletList,
  type Cell,
  defines,
  doc,
  eurosInWordsAndFigures,
  formatEuros,
  formatInteger,
  formatMonth,
  formatPercent,
  formatRate,
  formatSurface,
  heading,
  type Inline,
  type JsonNode,
  NBSP,
  orderedList,
  p,
  pageBreak,
  table,
} from './build-deed-json';

/** The facts of a demo deal that the seed deeds are written from. */
export interface DealFacts {
  /** "Résidence Les Tilleuls" */
  programme: string;
  city: string;
  lots: number;
  amountCents: number;
  bankName: string;
  developerName: string;
  /** The single-project company that borrows, e.g. "SCCV Les Tilleuls". */
  borrowerName: string;
  notaryName: string;
  signingCity: string;
}

export interface DeedContentOptions {
  /** Month of the first drawdown (UTC); the drawdown schedule is dated from it. Default: January 2027. */
  firstDrawdown?: Date;
}

const DEFAULT_FIRST_DRAWDOWN = new Date(Date.UTC(2027, 0, 1));

// ---------------------------------------------------------------------------------------------
// Figures derived from the facts

export interface PriceGridLine {
  type: string;
  count: number;
  /** Average living area, m². */
  surface: number;
  /** Average price incl. VAT, euros. */
  price: number;
}

export interface AllocationLine {
  label: string;
  amount: number;
  share: number;
}

export interface DealFigures {
  /** Principal of the credit, euros. */
  amount: number;
  grid: PriceGridLine[];
  /** Expected sales revenue incl. VAT (chiffre d'affaires prévisionnel TTC). */
  salesRevenue: number;
  /** Expected total cost incl. VAT (prix de revient prévisionnel TTC). */
  costPrice: number;
  equity: number;
  gfaAmount: number;
  livingArea: number;
  floorArea: number;
  allocation: AllocationLine[];
}

/** Sales revenue as a multiple of the credit amount; a plausible leverage for a residential programme. */
const REVENUE_PER_CREDIT_EURO = 1.6;
const COST_SHARE_OF_REVENUE = 0.88;
const EQUITY_SHARE_OF_COST = 0.1;
const GFA_SHARE_OF_COST = 0.62;

const LOT_MIX: ReadonlyArray<{ type: string; share: number; surface: number; premium: number }> = [
  { type: 'T1', share: 0.1, surface: 31.5, premium: 1.08 },
  { type: 'T2', share: 0.3, surface: 45.8, premium: 1.04 },
  { type: 'T3', share: 0.35, surface: 66.2, premium: 1 },
  { type: 'T4', share: 0.18, surface: 83.4, premium: 0.98 },
  { type: 'T5', share: 0.07, surface: 104.6, premium: 1 },
];

const CREDIT_ALLOCATION: ReadonlyArray<{ label: string; share: number }> = [
  { label: 'Acquisition du Terrain, droits et frais d’acte', share: 0.3 },
  { label: 'Travaux de construction (VRD et tous corps d’état)', share: 0.52 },
  { label: 'Honoraires techniques, assurances et taxes d’urbanisme', share: 0.1 },
  { label: 'Frais financiers et commissions', share: 0.08 },
];

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Splits `total` by `shares`, each part rounded to `step`; the last part takes the remainder. */
function splitAmount(total: number, shares: readonly number[], step: number): number[] {
  const parts = shares.map((share) => roundTo(total * share, step));
  const allButLast = parts.slice(0, -1).reduce((sum, part) => sum + part, 0);
  return [...parts.slice(0, -1), total - allButLast];
}

function lotCounts(lots: number): number[] {
  const counts = LOT_MIX.map((mix) => Math.floor(mix.share * lots));
  const missing = lots - counts.reduce((sum, count) => sum + count, 0);
  // The remainder goes to the T3s, the core of a residential programme.
  return counts.map((count, index) => (index === 2 ? count + missing : count));
}

export function priceGrid(p: DealFacts): PriceGridLine[] {
  const counts = lotCounts(p.lots);
  const area = LOT_MIX.reduce((sum, mix, i) => sum + mix.surface * (counts[i] ?? 0), 0);
  const pricePerSquareMetre = ((p.amountCents / 100) * REVENUE_PER_CREDIT_EURO) / area;
  return LOT_MIX.map((mix, i) => ({
    type: mix.type,
    count: counts[i] ?? 0,
    surface: mix.surface,
    price: roundTo(mix.surface * pricePerSquareMetre * mix.premium, 1000),
  })).filter((line) => line.count > 0);
}

export function dealFigures(p: DealFacts): DealFigures {
  const amount = Math.round(p.amountCents / 100);
  const grid = priceGrid(p);
  const salesRevenue = grid.reduce((sum, line) => sum + line.count * line.price, 0);
  const costPrice = roundTo(salesRevenue * COST_SHARE_OF_REVENUE, 1000);
  const livingArea = grid.reduce((sum, line) => sum + line.count * line.surface, 0);
  const amounts = splitAmount(
    amount,
    CREDIT_ALLOCATION.map((line) => line.share),
    1000,
  );
  return {
    amount,
    grid,
    salesRevenue,
    costPrice,
    equity: roundTo(costPrice * EQUITY_SHARE_OF_COST, 1000),
    gfaAmount: roundTo(costPrice * GFA_SHARE_OF_COST, 1000),
    livingArea,
    floorArea: roundTo(livingArea * 1.12, 1),
    allocation: CREDIT_ALLOCATION.map((line, i) => ({ ...line, amount: amounts[i] ?? 0 })),
  };
}

// ---------------------------------------------------------------------------------------------
// Annexes

export interface AnnexSpec {
  annexId: string;
  number: number;
  title: string;
  /** Vault category of the document the annex is drawn from (see DOMAIN.md). */
  category: string;
}

const CREDIT_ANNEXES = {
  kbis: {
    annexId: 'cc-annexe-01',
    number: 1,
    title: 'Extrait Kbis et statuts de l’Emprunteur',
    category: 'kbis',
  },
  land: {
    annexId: 'cc-annexe-02',
    number: 2,
    title: 'Promesse de vente du Terrain',
    category: 'titre_propriete',
  },
  permit: {
    annexId: 'cc-annexe-03',
    number: 3,
    title: 'Permis de construire et attestations de non-recours',
    category: 'affichage_recours',
  },
  budget: {
    annexId: 'cc-annexe-04',
    number: 4,
    title: 'Bilan promoteur prévisionnel',
    category: 'bilan_promoteur',
  },
  prices: { annexId: 'cc-annexe-05', number: 5, title: 'Grille de prix', category: 'grille_prix' },
  sales: {
    annexId: 'cc-annexe-06',
    number: 6,
    title: 'État de commercialisation',
    category: 'etat_commercialisation',
  },
  works: {
    annexId: 'cc-annexe-07',
    number: 7,
    title: 'Marchés de travaux et planning',
    category: 'marches_travaux',
  },
  insurance: {
    annexId: 'cc-annexe-08',
    number: 8,
    title: 'Attestations d’assurance DO et CNR',
    category: 'assurances',
  },
  drawdown: { annexId: 'cc-annexe-09', number: 9, title: 'Modèle de demande de tirage', category: 'autre' },
  surety: {
    annexId: 'cc-annexe-10',
    number: 10,
    title: 'Modèle d’acte de cautionnement',
    category: 'garanties',
  },
  gfa: { annexId: 'cc-annexe-11', number: 11, title: 'Modèle d’attestation de GFA', category: 'garanties' },
  charges: {
    annexId: 'cc-annexe-12',
    number: 12,
    title: 'État hypothécaire du Terrain',
    category: 'etat_hypothecaire',
  },
} satisfies Record<string, AnnexSpec>;

type CreditAnnex = keyof typeof CREDIT_ANNEXES;

/** The annexes of the credit agreement, in order (for whoever links them to vault documents). */
export const CREDIT_AGREEMENT_ANNEXES: readonly AnnexSpec[] = Object.values(CREDIT_ANNEXES);

export function refToAnnex(annex: AnnexSpec): JsonNode {
  return annexRef(annex.annexId, `${annex.number} – ${annex.title}`);
}

function ref(key: CreditAnnex): JsonNode {
  return refToAnnex(CREDIT_ANNEXES[key]);
}

// ---------------------------------------------------------------------------------------------
// Shared wording

/** Text in French quotation marks, without the defined-term mark. */
export function quoted(value: string): string {
  return `«${NBSP}${value}${NBSP}»`;
}

/** A cross-reference to another article by its title (numbers are drawn automatically). */
function seeArticle(title: string): string {
  return `l’article ${quoted(title)}`;
}

/** A definition paragraph: "« Term » désigne …". */
function definition(name: string, ...meaning: Inline[]): JsonNode {
  return p(defines('', name), ' désigne ', ...meaning);
}

const EUR = formatEuros;
const PCT = formatPercent;

interface Ctx {
  facts: DealFacts;
  fig: DealFigures;
  firstDrawdown: Date;
}

// ---------------------------------------------------------------------------------------------
// Front matter

function titleBlock({ facts }: Ctx): JsonNode[] {
  return [
    heading(1, 'Convention de crédit promoteur'),
    p(
      bold(
        `Ouverture de crédit d’accompagnement – ${facts.programme} – ${facts.lots} logements – ${facts.city}`,
      ),
    ),
  ];
}

function partiesBlock({ facts }: Ctx): JsonNode[] {
  return [
    p(bold('ENTRE LES SOUSSIGNÉS :')),
    p(
      bold(facts.bankName),
      ', société anonyme au capital de [●] euros, établissement de crédit agréé par l’Autorité de contrôle ' +
        'prudentiel et de résolution, dont le siège social est situé [●], immatriculée au registre du commerce ' +
        'et des sociétés sous le numéro [●], représentée par [●], dûment habilité(e) aux fins des présentes en ' +
        'vertu d’une délégation de pouvoirs en date du [●],',
    ),
    p('ci-après dénommée ', defines('le ', 'Prêteur'), ',', bold(' d’une part,')),
    p(bold('ET :')),
    p(
      bold(facts.borrowerName),
      `, société civile de construction-vente au capital de 1${NBSP}000 euros, dont le siège social est situé ` +
        `[●] à ${facts.city}, immatriculée au registre du commerce et des sociétés sous le numéro [●], ` +
        `représentée par sa gérante, la société ${facts.developerName}, elle-même représentée par [●], dûment ` +
        'habilité(e) aux fins des présentes en vertu d’une décision collective des associés en date du [●],',
    ),
    p('ci-après dénommée ', defines('l’', 'Emprunteur'), ',', bold(' d’autre part,')),
    p(bold('EN PRÉSENCE DE :')),
    p(
      bold(facts.developerName),
      ', société par actions simplifiée au capital de [●] euros, dont le siège social est situé [●], ' +
        'immatriculée au registre du commerce et des sociétés sous le numéro [●], associée majoritaire et ' +
        'gérante de l’Emprunteur, intervenant aux présentes en qualité de caution solidaire de l’Emprunteur et ' +
        'pour souscrire les engagements mis à sa charge par la présente convention,',
    ),
    p('ci-après dénommée ', defines('la ', 'Société Mère'), '.'),
    p(
      'Le Prêteur, l’Emprunteur et la Société Mère sont ci-après désignés ensemble ',
      defines('les ', 'Parties'),
      ` et individuellement une ${quoted('Partie')}.`,
    ),
  ];
}

function recitals({ facts, fig }: Ctx): JsonNode[] {
  return [
    p(bold('IL A ÉTÉ PRÉALABLEMENT EXPOSÉ CE QUI SUIT :')),
    p(
      'A. L’Emprunteur est une société civile de construction-vente constituée par la Société Mère en vue de ' +
        `la réalisation, sur un terrain situé à ${facts.city} (`,
      defines('le ', 'Terrain'),
      `), d’un ensemble immobilier à usage d’habitation de ${facts.lots} logements avec stationnements en ` +
        `sous-sol, dénommé ${quoted(facts.programme)} (`,
      defines('le ', 'Programme'),
      '), destiné à être vendu en l’état futur d’achèvement.',
    ),
    p(
      'B. L’Emprunteur bénéficie d’une promesse unilatérale de vente portant sur le Terrain et a obtenu un ' +
        'permis de construire dont l’affichage sur le Terrain a été constaté par commissaire de justice.',
    ),
    p(
      'C. Afin de financer une partie du prix de revient du Programme, l’Emprunteur a sollicité du Prêteur ' +
        `l’ouverture d’un crédit d’accompagnement d’un montant de ${eurosInWordsAndFigures(fig.amount)}, ainsi ` +
        'que la délivrance d’une garantie financière d’achèvement au profit des acquéreurs des lots vendus en ' +
        'l’état futur d’achèvement.',
    ),
    p(
      'D. Le comité de crédit du Prêteur a donné son accord le [●], sous réserve de la conclusion de la ' +
        'présente convention (',
      defines('la ', 'Convention'),
      ') et de la réalisation des conditions qui y sont stipulées.',
    ),
    p(bold('CECI EXPOSÉ, IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :')),
  ];
}

// ---------------------------------------------------------------------------------------------
// Articles

function definitionsA({ fig }: Ctx): JsonNode[] {
  return [
    definition(
      'Achèvement',
      'l’achèvement du Programme au sens de l’article R. 261-1 du Code de la construction et de l’habitation, ' +
        'constaté par le dépôt de la déclaration attestant l’achèvement et la conformité des travaux (DAACT) ' +
        'prévue à l’article R. 462-1 du Code de l’urbanisme.',
    ),
    definition('Acquéreur', 'toute personne ayant réservé ou acquis un Lot.'),
    definition(
      'Acte de Vente VEFA',
      'tout acte authentique de vente en l’état futur d’achèvement d’un Lot, conclu par l’Emprunteur en ' +
        'application des articles L. 261-10 et suivants du Code de la construction et de l’habitation.',
    ),
    definition(
      'Chiffre d’Affaires Prévisionnel',
      `le produit toutes taxes comprises attendu de la vente de l’ensemble des Lots, soit ${EUR(fig.salesRevenue)}, ` +
        'tel qu’il résulte de la Grille de Prix.',
    ),
    definition(
      'Compte Centralisateur',
      'le compte ouvert dans les livres du Prêteur au nom de l’Emprunteur sous le numéro [●], sur lequel sont ' +
        `centralisés les Prix de Vente dans les conditions de ${seeArticle('Compte centralisateur des ventes')}.`,
    ),
    definition(
      'Contrat de Réservation',
      'tout contrat préliminaire de réservation d’un Lot conclu conformément aux articles L. 261-15 et ' +
        'R. 261-25 et suivants du Code de la construction et de l’habitation, dont le dépôt de garantie a été ' +
        'versé sur un compte spécial ouvert au nom de l’Acquéreur.',
    ),
    definition(
      'Crédit',
      `l’ouverture de crédit consentie par le Prêteur à l’Emprunteur aux termes de la Convention, d’un montant ` +
        `maximum en principal de ${EUR(fig.amount)}.`,
    ),
    definition('Date de Signature', 'la date de signature de la Convention par la dernière des Parties.'),
    definition(
      'Date d’Échéance Finale',
      'la date tombant trente (30) mois après la Date de Signature, ou, si ce jour n’est pas un Jour Ouvré, le ' +
        `Jour Ouvré précédent, sous réserve de la prorogation prévue à ${seeArticle('Durée du crédit et période de disponibilité')}.`,
    ),
    definition(
      'Demande de Tirage',
      'une demande de tirage conforme au modèle figurant en ',
      ref('drawdown'),
      '.',
    ),
    definition('Encours', 'le montant en principal des Tirages non encore remboursés à la date considérée.'),
    definition(
      'Euribor',
      'le taux interbancaire offert en euros pour une durée de trois (3) mois, publié par l’European Money ' +
        'Markets Institute ou tout administrateur qui lui succéderait, vers 11 heures (heure de Bruxelles), deux ' +
        '(2) Jours Ouvrés avant le premier jour de chaque Période d’Intérêts.',
    ),
  ];
}

function definitionsB({ facts, fig }: Ctx): JsonNode[] {
  return [
    definition('Garanties', `les sûretés et garanties énumérées à ${seeArticle('Garanties')}.`),
    definition(
      'GFA',
      'la garantie financière d’achèvement délivrée par le Prêteur au profit des Acquéreurs en application des ' +
        'articles L. 261-10-1 et R. 261-21 du Code de la construction et de l’habitation.',
    ),
    definition(
      'Grille de Prix',
      'la grille des prix de vente des Lots figurant en ',
      ref('prices'),
      `, reproduite à ${seeArticle('Description du Programme')}.`,
    ),
    definition(
      'Jour Ouvré',
      'un jour où le système de règlement T2 fonctionne et où les banques sont ouvertes à Paris.',
    ),
    definition(
      'Lot',
      `chacun des ${facts.lots} logements du Programme, avec ses annexes et emplacements de stationnement, tels ` +
        'que définis par l’état descriptif de division.',
    ),
    definition(
      'Période de Disponibilité',
      'la période commençant à la Date de Signature et expirant vingt-quatre (24) mois plus tard.',
    ),
    definition(
      'Période d’Intérêts',
      'chaque période de trois (3) mois se terminant un 31 mars, 30 juin, 30 septembre ou 31 décembre, la ' +
        'première commençant à la date du premier Tirage.',
    ),
    definition(
      'Permis de Construire',
      `le permis de construire n° [●] délivré le [●] par le maire de ${facts.city} pour la réalisation du ` +
        'Programme, ensemble ses éventuels permis modificatifs, dont une copie figure en ',
      ref('permit'),
      '.',
    ),
    definition(
      'Prix de Revient Prévisionnel',
      'le coût total toutes taxes comprises du Programme tel qu’il ressort du bilan promoteur figurant en ',
      ref('budget'),
      `, soit ${EUR(fig.costPrice)}.`,
    ),
    definition(
      'Prix de Vente',
      'les sommes dues par les Acquéreurs au titre des Actes de Vente VEFA, y compris les dépôts de garantie ' +
        'libérés lors de leur signature.',
    ),
    definition('Tirage', 'toute mise à disposition de fonds au titre du Crédit.'),
  ];
}

function definitionsArticle(ctx: Ctx): JsonNode {
  return article(
    'Définitions et interprétation',
    article(
      'Définitions',
      p(
        'Dans la Convention, les termes et expressions ci-après, lorsqu’ils commencent par une majuscule, ont ' +
          'la signification suivante :',
      ),
      ...definitionsA(ctx),
      ...definitionsB(ctx),
    ),
    article(
      'Interprétation',
      bulletList(
        'les références à un article ou à une annexe visent un article ou une annexe de la Convention ;',
        'les annexes font partie intégrante de la Convention ; en cas de contradiction, la Convention prévaut ;',
        'les titres des articles sont insérés pour la commodité de lecture et n’en affectent pas l’interprétation ;',
        'toute référence à un texte légal ou réglementaire vise ce texte tel que modifié ou codifié à nouveau ;',
        'le singulier inclut le pluriel et réciproquement.',
      ),
    ),
  );
}

function purposeArticle({ fig }: Ctx): JsonNode {
  return article(
    'Objet du crédit',
    p(
      'Le Prêteur consent à l’Emprunteur, qui l’accepte, une ouverture de crédit d’accompagnement d’un montant ' +
        `maximum en principal de ${eurosInWordsAndFigures(fig.amount)}, destinée exclusivement au financement ` +
        'partiel du Prix de Revient Prévisionnel du Programme, dans les termes et conditions de la Convention.',
    ),
    p(
      'Le Prêteur s’engage en outre, sous réserve de la réalisation des conditions suspensives, à délivrer la ' +
        `GFA dans les conditions définies à ${seeArticle('Garantie financière d’achèvement')}.`,
    ),
    p(
      'Le Crédit est utilisable par Tirages successifs. Les sommes remboursées ne pourront faire l’objet de ' +
        'nouveaux Tirages, sauf accord préalable et écrit du Prêteur.',
    ),
    p(
      'Le Crédit est consenti pour les besoins de l’activité professionnelle de l’Emprunteur ; les dispositions ' +
        'du Code de la consommation relatives au crédit aux consommateurs et au crédit immobilier ne lui sont ' +
        'pas applicables.',
    ),
  );
}

function priceGridTable(fig: DealFigures): JsonNode {
  const lots = fig.grid.reduce((sum, line) => sum + line.count, 0);
  const rows: Cell[][] = fig.grid.map((line) => [
    line.type,
    formatInteger(line.count),
    formatSurface(line.surface),
    EUR(line.price),
    EUR(line.count * line.price),
  ]);
  const total: Cell[] = [
    bold('Total'),
    bold(formatInteger(lots)),
    bold(formatSurface(fig.livingArea / lots)),
    bold(EUR(fig.salesRevenue / lots)),
    bold(EUR(fig.salesRevenue)),
  ];
  return table(
    ['Type de lot', 'Nombre', 'Surface moyenne', 'Prix moyen TTC', 'Chiffre d’affaires TTC'],
    ...rows,
    total,
  );
}

function programmeArticle({ facts, fig }: Ctx): JsonNode {
  const margin = fig.salesRevenue - fig.costPrice;
  return article(
    'Description du Programme',
    article(
      'Terrain et autorisations d’urbanisme',
      p(
        `Le Programme sera édifié sur le Terrain, situé à ${facts.city}, cadastré section [●] numéros [●], d’une ` +
          'contenance de [●] m², plus amplement décrit dans la promesse de vente figurant en ',
        ref('land'),
        '.',
      ),
      p(
        'Le Permis de Construire autorise la construction d’une surface de plancher de ' +
          `${formatInteger(fig.floorArea)}${NBSP}m² répartie en ${facts.lots} logements et leurs annexes.`,
      ),
    ),
    article(
      'Grille de prix prévisionnelle',
      p('Les Lots se répartissent comme suit, aux prix de vente prévisionnels ci-après :'),
      priceGridTable(fig),
      p(
        'Les prix s’entendent toutes taxes comprises au taux normal de la taxe sur la valeur ajoutée de 20 %, ' +
          'stationnement compris. Toute baisse du prix d’un Lot de plus de cinq pour cent (5 %) par rapport à la ' +
          'Grille de Prix est soumise à l’accord préalable et écrit du Prêteur.',
      ),
    ),
    article(
      'Bilan prévisionnel',
      p(
        `Le bilan promoteur fait ressortir un Prix de Revient Prévisionnel de ${EUR(fig.costPrice)} et une ` +
          `marge prévisionnelle de ${EUR(margin)}, soit ${PCT(margin / fig.salesRevenue)} du Chiffre d’Affaires ` +
          'Prévisionnel. L’Emprunteur informera sans délai le Prêteur de toute dérive de ce bilan.',
      ),
    ),
  );
}

function allocationTable(fig: DealFigures): JsonNode {
  const rows: Cell[][] = fig.allocation.map((line) => [line.label, EUR(line.amount), PCT(line.share)]);
  return table(['Poste du bilan', 'Montant maximum', 'Part du Crédit'], ...rows, [
    bold('Total'),
    bold(EUR(fig.amount)),
    bold(PCT(1)),
  ]);
}

function amountArticle({ fig }: Ctx): JsonNode {
  return article(
    'Montant et affectation du crédit',
    article(
      'Montant',
      p(
        `Le montant maximum en principal du Crédit est fixé à ${eurosInWordsAndFigures(fig.amount)}, soit ` +
          `${PCT(fig.amount / fig.costPrice)} du Prix de Revient Prévisionnel.`,
      ),
    ),
    article(
      'Affectation',
      p(
        'Le Crédit est exclusivement affecté au financement des postes suivants du Prix de Revient Prévisionnel :',
      ),
      allocationTable(fig),
      p(
        'L’Emprunteur ne pourra modifier cette affectation sans l’accord préalable et écrit du Prêteur. Le ' +
          'Prêteur pourra, sans y être tenu, contrôler l’emploi des fonds ; il n’encourra aucune responsabilité ' +
          'du fait de leur utilisation.',
      ),
    ),
    article(
      'Fonds propres',
      p(
        'Préalablement au premier Tirage, l’Emprunteur justifiera de l’apport de fonds propres ou quasi-fonds ' +
          `propres d’un montant au moins égal à ${EUR(fig.equity)}, soit dix pour cent (10 %) du Prix de Revient ` +
          'Prévisionnel. Les avances en comptes courants d’associés ainsi consenties seront bloquées et ' +
          'subordonnées au remboursement intégral du Crédit.',
      ),
    ),
  );
}

function conditionPermit({ facts }: Ctx): JsonNode {
  return article(
    'Permis de construire purgé de tout recours',
    p(
      'Le Permis de Construire devra être définitif, purgé de tout recours des tiers et de tout retrait. L’Emprunteur justifiera :',
    ),
    bulletList(
      'de l’affichage continu du Permis de Construire sur le Terrain pendant deux (2) mois, constaté par trois ' +
        'procès-verbaux de commissaire de justice ;',
      'de l’absence de recours gracieux ou contentieux dans le délai de deux (2) mois à compter du premier jour ' +
        'de cet affichage (article R. 600-2 du Code de l’urbanisme) ;',
      'de l’absence de retrait dans le délai de trois (3) mois suivant sa délivrance (article L. 424-5 du Code ' +
        'de l’urbanisme) ;',
    ),
    p(
      `au moyen d’attestations de non-recours et de non-retrait délivrées par la mairie de ${facts.city} et par ` +
        'le greffe du tribunal administratif compétent, jointes en ',
      ref('permit'),
      '.',
    ),
  );
}

function conditionPreSales({ facts, fig }: Ctx): JsonNode {
  const lots = Math.ceil(facts.lots * 0.4);
  return article(
    'Pré-commercialisation',
    p(
      'L’Emprunteur justifiera de la signature de Contrats de Réservation portant sur au moins quarante pour ' +
        `cent (40 %) des Lots, soit ${lots} Lots sur ${facts.lots}, représentant un chiffre d’affaires au moins ` +
        `égal à ${EUR(roundTo(fig.salesRevenue * 0.4, 1000))} toutes taxes comprises, dont les dépôts de garantie ` +
        'ont été effectivement versés, au vu de l’état de commercialisation figurant en ',
      ref('sales'),
      '.',
    ),
    p(
      'Les réservations consenties à des personnes liées à l’Emprunteur ne sont pas prises en compte ; les ' +
        'réservations en bloc au profit d’un même investisseur ou d’un bailleur social ne le sont que dans la ' +
        'limite de [●] Lots, sauf accord du Prêteur.',
    ),
  );
}

function conditionLand({ facts }: Ctx): JsonNode {
  return article(
    'Acquisition du Terrain',
    p(
      'L’Emprunteur devra être devenu propriétaire du Terrain, ou l’acquisition devra intervenir concomitamment ' +
        `au premier Tirage, par acte authentique reçu par le notaire instrumentaire, ${facts.notaryName} (`,
      defines('le ', 'Notaire'),
      '), pour un prix n’excédant pas celui retenu au bilan promoteur.',
    ),
    p(
      'L’état hypothécaire du Terrain, figurant en ',
      ref('charges'),
      ', ne devra révéler aucune inscription autre que celles qui seront radiées au moyen du prix de vente.',
    ),
  );
}

function conditionGfa(): JsonNode {
  return article(
    'Garantie financière d’achèvement',
    p(
      'Signature par l’Emprunteur et la Société Mère de la convention de garantie financière d’achèvement et ' +
        'des contre-garanties y afférentes, permettant au Prêteur d’émettre la GFA dans les conditions de ' +
        `${seeArticle('Garantie financière d’achèvement')}.`,
    ),
  );
}

function conditionInsurance(): JsonNode {
  return article(
    'Assurances dommages-ouvrage et constructeur non réalisateur',
    p(
      'Remise des attestations de souscription de la police dommages-ouvrage (article L. 242-1 du Code des ' +
        'assurances), de la police constructeur non réalisateur (CNR) et d’une police tous risques chantier, ' +
        'auprès d’assureurs agréés par le Prêteur, ainsi que des attestations de responsabilité civile décennale ' +
        'des intervenants à l’acte de construire, figurant en ',
      ref('insurance'),
      '.',
    ),
  );
}

function conditionWorks(): JsonNode {
  return article(
    'Marchés de travaux et études techniques',
    p(
      'Remise des marchés de travaux signés, à prix global et forfaitaire, couvrant au moins quatre-vingts pour ' +
        'cent (80 %) du budget travaux, du planning prévisionnel d’exécution figurant en ',
      ref('works'),
      ', ainsi que des études géotechniques (mission G2) et des diagnostics de pollution des sols ne révélant ' +
        'aucune contrainte incompatible avec le bilan promoteur.',
    ),
  );
}

function conditionDeadline(): JsonNode {
  return article(
    'Délai de réalisation',
    p(
      'Les conditions suspensives devront être réalisées au plus tard six (6) mois après la Date de Signature. ' +
        'À défaut, la Convention sera caduque de plein droit, sans indemnité de part ni d’autre, sauf prorogation ' +
        'expresse consentie par le Prêteur. Ces conditions étant stipulées dans l’intérêt exclusif du Prêteur, ' +
        'celui-ci pourra seul y renoncer.',
    ),
  );
}

function conditionsArticle(ctx: Ctx): JsonNode {
  return article(
    'Conditions suspensives',
    p(
      'Les engagements du Prêteur au titre de la Convention sont subordonnés à la réalisation, à sa ' +
        'satisfaction, des conditions suspensives suivantes :',
    ),
    conditionPermit(ctx),
    conditionPreSales(ctx),
    conditionLand(ctx),
    conditionGfa(),
    conditionInsurance(),
    conditionWorks(),
    conditionDeadline(),
  );
}

function firstDrawdownArticle({ fig }: Ctx): JsonNode {
  return article(
    'Conditions préalables au premier tirage',
    p(
      'Le premier Tirage ne pourra intervenir qu’après remise au Prêteur, à sa satisfaction, des éléments suivants :',
    ),
    bulletList(
      'la justification de la réalisation de l’ensemble des conditions suspensives, ou de la renonciation du Prêteur à s’en prévaloir ;',
      [
        'un extrait Kbis de l’Emprunteur de moins de trois (3) mois, ses statuts à jour certifiés conformes et la ' +
          'décision de ses associés autorisant le Crédit et les Garanties (',
        ref('kbis'),
        ') ;',
      ],
      `la justification de l’apport des fonds propres prévus à ${seeArticle('Montant et affectation du crédit')} ;`,
      'l’acte authentique d’acquisition du Terrain et l’acte de prêt notarié constatant les sûretés réelles, ' +
        'ainsi qu’une attestation du Notaire s’engageant à en requérir l’inscription ;',
      'l’acte de cautionnement de la Société Mère et l’acte de nantissement du Compte Centralisateur, dûment signés ;',
      'la déclaration réglementaire d’ouverture de chantier (DROC) déposée en mairie ;',
      'le paiement des commissions et frais exigibles à la date du premier Tirage.',
    ),
    p(
      'Tout Tirage affecté aux travaux de construction est en outre subordonné à la justification de Contrats ' +
        `de Réservation représentant au moins cinquante pour cent (50 %) du Chiffre d’Affaires Prévisionnel, soit ` +
        `${EUR(roundTo(fig.salesRevenue * 0.5, 1000))} toutes taxes comprises.`,
    ),
  );
}

function durationArticle(): JsonNode {
  return article(
    'Durée du crédit et période de disponibilité',
    p(
      'Le Crédit est consenti pour une durée expirant à la Date d’Échéance Finale. Les Tirages peuvent être ' +
        'effectués pendant la Période de Disponibilité ; la fraction non tirée à son expiration est annulée de ' +
        'plein droit.',
    ),
    p(
      'L’Emprunteur pourra solliciter, au plus tard trois (3) mois avant la Date d’Échéance Finale, une ' +
        'prorogation de six (6) mois, notamment en cas de retard de chantier dûment justifié, que le Prêteur ' +
        'demeure libre d’accepter ou de refuser.',
    ),
  );
}

function drawdownArticle(): JsonNode {
  return article(
    'Modalités de tirage',
    article(
      'Demande de tirage',
      p(
        'Chaque Tirage fait l’objet d’une Demande de Tirage irrévocable, conforme au modèle figurant en ',
        ref('drawdown'),
        ', reçue par le Prêteur au moins cinq (5) Jours Ouvrés avant la date de Tirage souhaitée. Le montant de ' +
          `chaque Tirage ne peut être inférieur à ${EUR(50_000)}, sauf pour le solde du Crédit.`,
      ),
    ),
    article(
      'Justificatifs',
      p('Chaque Demande de Tirage est accompagnée :'),
      bulletList(
        'des situations de travaux visées par le maître d’œuvre d’exécution et des factures correspondantes ;',
        'd’une attestation d’avancement du chantier établie par l’architecte ;',
        'de l’état de commercialisation arrêté à la fin du mois précédent.',
      ),
    ),
    article(
      'Versement des fonds',
      p(
        'Les fonds sont portés au crédit du Compte Centralisateur ou, pour l’acquisition du Terrain, versés ' +
          'directement à la comptabilité du Notaire. Le Prêteur peut régler directement les entreprises pour le ' +
          'compte de l’Emprunteur.',
      ),
    ),
    article(
      'Conditions de chaque tirage',
      p(
        'Le Prêteur n’est tenu de mettre les fonds à disposition que si, à la date de la Demande de Tirage et à ' +
          'la date du Tirage, les déclarations de l’Emprunteur demeurent exactes, aucun Cas d’Exigibilité ' +
          'Anticipée n’est survenu et l’Encours, après Tirage, n’excède pas le montant cumulé prévu par ' +
          `${seeArticle('Échéancier prévisionnel de tirage')} pour l’étape de chantier effectivement atteinte.`,
      ),
    ),
  );
}

const DRAWDOWN_STAGES: ReadonlyArray<{ months: number; stage: string; share: number }> = [
  { months: 0, stage: 'Acquisition du Terrain (prix, droits et frais d’acte)', share: 0.3 },
  { months: 2, stage: 'Ouverture du chantier, installation et terrassements', share: 0.1 },
  { months: 5, stage: 'Achèvement des fondations', share: 0.15 },
  { months: 9, stage: 'Gros œuvre du dernier plancher', share: 0.15 },
  { months: 13, stage: 'Mise hors d’eau et hors d’air', share: 0.15 },
  { months: 17, stage: 'Cloisons, lots techniques et équipements', share: 0.1 },
  { months: 22, stage: 'Achèvement (dépôt de la DAACT)', share: 0.05 },
];

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

function scheduleTable({ fig, firstDrawdown }: Ctx): JsonNode {
  const amounts = splitAmount(
    fig.amount,
    DRAWDOWN_STAGES.map((stage) => stage.share),
    1000,
  );
  let cumulative = 0;
  const rows: Cell[][] = DRAWDOWN_STAGES.map((stage, i) => {
    const amount = amounts[i] ?? 0;
    cumulative += amount;
    return [
      String(i + 1),
      formatMonth(addMonths(firstDrawdown, stage.months)),
      stage.stage,
      EUR(amount),
      EUR(cumulative),
      PCT(cumulative / fig.amount),
    ];
  });
  return table(
    ['N°', 'Date prévisionnelle', 'Étape du Programme', 'Montant du tirage', 'Encours cumulé', '% du Crédit'],
    ...rows,
  );
}

function scheduleArticle(ctx: Ctx): JsonNode {
  return article(
    'Échéancier prévisionnel de tirage',
    p(
      'Les Tirages interviendront selon l’échéancier prévisionnel ci-après, établi à partir du planning figurant en ',
      ref('works'),
      ' :',
    ),
    scheduleTable(ctx),
    p(
      'Cet échéancier est indicatif. Les appels de fonds adressés aux Acquéreurs selon l’échelonnement de ' +
        `l’article R. 261-14 du Code de la construction et de l’habitation (${PCT(0.35)} à l’achèvement des ` +
        `fondations, ${PCT(0.7)} à la mise hors d’eau, ${PCT(0.95)} à l’Achèvement, le solde à la livraison) ` +
        `financent en priorité les dépenses du Programme, dans les conditions de ${seeArticle('Remboursement')}.`,
    ),
  );
}

function interestArticle(): JsonNode {
  return article(
    'Intérêts',
    article(
      'Taux d’intérêt',
      p(
        `Chaque Tirage porte intérêt au taux de l’Euribor majoré d’une marge de ${formatRate(0.0185)} l’an. Si ` +
          'l’Euribor est inférieur à zéro, il est réputé égal à zéro.',
      ),
    ),
    article(
      'Calcul et paiement',
      p(
        'Les intérêts sont calculés sur l’Encours, sur la base du nombre exact de jours écoulés rapporté à une ' +
          'année de trois cent soixante (360) jours, et payables à terme échu le dernier jour de chaque Période ' +
          'd’Intérêts, par débit du Compte Centralisateur. Les intérêts échus et non payés, dus au moins pour une ' +
          'année entière, produisent eux-mêmes intérêts conformément à l’article 1343-2 du Code civil.',
      ),
    ),
    article(
      'Indisponibilité de l’Euribor',
      p(
        'Si l’Euribor cesse d’être publié ou fait l’objet d’une modification substantielle, il est remplacé de ' +
          'plein droit par le taux de remplacement désigné par son administrateur ou par l’autorité compétente, ' +
          'augmenté, le cas échéant, de l’ajustement recommandé ; à défaut, par le coût de refinancement du ' +
          'Prêteur, dont celui-ci justifiera.',
      ),
    ),
    article(
      'Intérêts de retard',
      p(
        'Toute somme non payée à son échéance porte intérêt de plein droit, sans mise en demeure préalable, au ' +
          'taux du Crédit majoré de trois pour cent (3 %) l’an, sans préjudice de l’exigibilité anticipée.',
      ),
    ),
    article(
      'Taux effectif global',
      p(
        'Conformément aux articles L. 314-1 à L. 314-5 et R. 314-1 et suivants du Code de la consommation et à ' +
          'l’article L. 313-4 du Code monétaire et financier, le taux effectif global du Crédit, calculé sur la ' +
          'base d’un Euribor de [●] % constaté le [●] et d’une utilisation conforme à l’échéancier prévisionnel, ' +
          'ressort à [●] % l’an, soit un taux de période trimestriel de [●] %.',
      ),
    ),
  );
}

function feesArticle({ fig }: Ctx): JsonNode {
  return article(
    'Commissions',
    article(
      'Commission de mise en place',
      p(
        `Une commission de mise en place de ${formatRate(0.004)} du montant du Crédit, soit ` +
          `${EUR(roundTo(fig.amount * 0.004, 1))}, est payable à la Date de Signature.`,
      ),
    ),
    article(
      'Commission d’engagement',
      p(
        `Une commission d’engagement de ${formatRate(0.005)} l’an, calculée sur la fraction non tirée du Crédit ` +
          'pendant la Période de Disponibilité, est payable trimestriellement à terme échu.',
      ),
    ),
    article(
      'Commission de garantie financière d’achèvement',
      p(
        `Une commission de ${formatRate(0.008)} l’an, calculée sur le montant de la GFA restant en vigueur, soit ` +
          `initialement ${EUR(fig.gfaAmount)}, est payable trimestriellement et d’avance, outre des frais de ` +
          `${EUR(150)} par attestation de garantie délivrée.`,
      ),
    ),
  );
}

function repaymentArticle({ fig }: Ctx): JsonNode {
  return article(
    'Remboursement',
    article(
      'Affectation du prix de vente des lots VEFA',
      p(
        'Le Crédit est remboursé au moyen des Prix de Vente, encaissés sur le Compte Centralisateur. Chaque ' +
          'encaissement est affecté par le Prêteur, dans l’ordre suivant :',
      ),
      orderedList(
        'au paiement des frais, commissions et intérêts échus ;',
        'au remboursement de l’Encours à hauteur d’une quote-part égale au rapport entre le montant du Crédit ' +
          `et le Chiffre d’Affaires Prévisionnel, soit ${PCT(fig.amount / fig.salesRevenue)} de l’encaissement ;`,
        'pour le solde, au paiement des dépenses du Programme prévues au bilan promoteur, sur justificatifs.',
      ),
    ),
    article(
      'Échéance finale',
      p(
        'L’Encours, augmenté des intérêts, commissions et accessoires, est remboursé en totalité au plus tard à ' +
          'la Date d’Échéance Finale, quel que soit l’état de commercialisation du Programme.',
      ),
    ),
    article(
      'Remboursement anticipé',
      p(
        'L’Emprunteur peut rembourser par anticipation tout ou partie de l’Encours, à la fin d’une Période ' +
          'd’Intérêts, moyennant un préavis de dix (10) Jours Ouvrés et sans indemnité. L’Encours est remboursé ' +
          'par anticipation et de plein droit à due concurrence de toute indemnité d’assurance ou de toute vente ' +
          'en bloc de Lots.',
      ),
    ),
  );
}

function centralAccountArticle(): JsonNode {
  return article(
    'Compte centralisateur des ventes',
    p(
      'Le Compte Centralisateur fonctionne, pendant toute la durée du Crédit, comme compte unique du Programme. Y sont portés :',
    ),
    bulletList(
      'le montant des Tirages ;',
      'l’intégralité des Prix de Vente, y compris les dépôts de garantie libérés à la signature des Actes de Vente VEFA ;',
      'les apports en fonds propres et en comptes courants d’associés ;',
      'toute indemnité d’assurance afférente au Programme.',
    ),
    p(
      'L’Emprunteur s’interdit de percevoir les Prix de Vente par tout autre moyen. Il stipulera dans chaque ' +
        'Acte de Vente VEFA que seuls les paiements effectués sur le Compte Centralisateur sont libératoires. ' +
        'Les paiements par débit du Compte Centralisateur sont soumis au visa préalable du Prêteur.',
    ),
  );
}

function securityArticle({ fig }: Ctx): JsonNode {
  const land = fig.allocation[0]?.amount ?? 0;
  return article(
    'Garanties',
    p(
      'En garantie du remboursement de toutes sommes dues au titre du Crédit et de la GFA, en principal, ' +
        'intérêts, commissions, frais et accessoires, l’Emprunteur consent ou fait consentir au Prêteur :',
    ),
    article(
      'Hypothèque de premier rang et privilège de prêteur de deniers',
      p(
        'une hypothèque légale spéciale du prêteur de deniers (article 2402, 2° du Code civil), qui a succédé au ' +
          `privilège de prêteur de deniers, à hauteur de la fraction du Crédit affectée à l’acquisition du Terrain, ` +
          `soit ${EUR(land)}, et une hypothèque conventionnelle de premier rang sans concours pour le surplus, ` +
          `soit ${EUR(fig.amount - land)}, outre les accessoires évalués à dix pour cent (10 %) du principal. Ces ` +
          'sûretés sont constituées par l’acte de prêt notarié et inscrites au service de la publicité foncière ' +
          'pour une durée expirant un (1) an après la Date d’Échéance Finale.',
      ),
    ),
    article(
      'Nantissement du Compte Centralisateur',
      p(
        'un nantissement de premier rang du solde créditeur, provisoire ou définitif, du Compte Centralisateur, ' +
          'régi par les articles 2355 et suivants du Code civil.',
      ),
    ),
    article(
      'Caution solidaire de la Société Mère',
      p(
        'un cautionnement solidaire de la Société Mère, avec renonciation aux bénéfices de discussion et de ' +
          `division, à hauteur de ${EUR(roundTo(fig.amount * 0.3, 1000))} (soit trente pour cent (30 %) du ` +
          'Crédit), pour une durée expirant six (6) mois après la Date d’Échéance Finale, selon le modèle ' +
          'figurant en ',
        ref('surety'),
        '.',
      ),
    ),
    article(
      'Cession Dailly des créances de prix de vente',
      p(
        'la cession à titre de garantie, par bordereaux soumis aux articles L. 313-23 à L. 313-34 du Code ' +
          'monétaire et financier, des créances de Prix de Vente détenues sur les Acquéreurs, au fur et à mesure ' +
          'de la signature des Actes de Vente VEFA. Le Prêteur peut notifier la cession aux Acquéreurs à tout ' +
          'moment, et notamment en cas de survenance d’un Cas d’Exigibilité Anticipée.',
      ),
    ),
    article(
      'Mainlevées partielles',
      p(
        'Le Prêteur consentira, aux frais de l’Emprunteur, la mainlevée de l’inscription hypothécaire sur chaque ' +
          'Lot vendu, lors de la signature de l’Acte de Vente VEFA, sous réserve que le Prix de Vente soit payable ' +
          'sur le Compte Centralisateur et qu’aucun Cas d’Exigibilité Anticipée ne soit en cours.',
      ),
    ),
  );
}

function gfaArticle({ fig }: Ctx): JsonNode {
  return article(
    'Garantie financière d’achèvement',
    p(
      'Le Prêteur délivrera au profit des Acquéreurs, en application de l’article L. 261-10-1 du Code de la ' +
        'construction et de l’habitation, une garantie financière d’achèvement prenant la forme d’une convention ' +
        `de cautionnement au sens de l’article R. 261-21 b) du même code, pour un montant maximum de ${EUR(fig.gfaAmount)}.`,
    ),
    p(
      'Une attestation de garantie, conforme au modèle figurant en ',
      ref('gfa'),
      ', sera délivrée pour chaque Lot et annexée à l’Acte de Vente VEFA correspondant. Aucune attestation ne ' +
        'sera délivrée si le Prix de Vente n’est pas stipulé payable sur le Compte Centralisateur.',
    ),
    p(
      'La GFA prend fin à l’Achèvement, conformément à l’article R. 261-24 du même code. Toute somme versée par ' +
        `le Prêteur à ce titre constitue une avance immédiatement exigible, portant intérêt au taux prévu à ${seeArticle('Intérêts')} ` +
        'et garantie par les Garanties.',
    ),
  );
}

function representationsArticle(): JsonNode {
  return article(
    'Déclarations de l’Emprunteur',
    p(
      'L’Emprunteur déclare et garantit au Prêteur, à la Date de Signature et à chaque date de Tirage, que :',
    ),
    bulletList(
      'il est une société civile de construction-vente régulièrement constituée, dont l’objet exclusif est la réalisation du Programme ;',
      'la signature et l’exécution de la Convention ont été dûment autorisées et ne contreviennent à aucune disposition légale, statutaire ou contractuelle qui lui est applicable ;',
      'il n’est pas en cessation des paiements et ne fait l’objet d’aucune procédure de prévention ou procédure collective au sens du livre VI du Code de commerce ;',
      'le bilan promoteur, l’état de commercialisation et les documents remis au Prêteur sont exacts, complets et sincères ;',
      'aucun litige, recours ou procédure susceptible d’affecter le Programme n’est en cours ni, à sa connaissance, imminent ;',
      'il respecte la réglementation relative à la lutte contre le blanchiment de capitaux et le financement du terrorisme ainsi que les sanctions économiques internationales.',
    ),
  );
}

function undertakingsArticle(): JsonNode {
  return article(
    'Engagements de l’Emprunteur',
    article(
      'Information',
      p(
        'L’Emprunteur informe sans délai le Prêteur de tout événement susceptible d’affecter le Programme ou sa ' +
          'situation financière, notamment tout recours, sinistre, défaillance d’une entreprise ou retard de ' +
          'chantier supérieur à deux (2) mois, et lui remet ses comptes annuels dans les six (6) mois de la clôture.',
      ),
    ),
    article(
      'Reporting trimestriel',
      p(
        'Dans les quinze (15) jours suivant la fin de chaque trimestre civil, l’Emprunteur remet au Prêteur :',
      ),
      bulletList(
        'un état d’avancement des travaux certifié par le maître d’œuvre ;',
        'le bilan promoteur actualisé et un plan de trésorerie jusqu’à l’Achèvement ;',
        'l’état des dépenses engagées et payées, rapproché du budget ;',
        'l’état des appels de fonds émis et encaissés auprès des Acquéreurs.',
      ),
    ),
    article(
      'État de commercialisation',
      p(
        'L’Emprunteur transmet chaque mois un état de commercialisation, établi sur le modèle de ',
        ref('sales'),
        ', indiquant pour chaque Lot son statut (disponible, réservé, vendu, désisté), le prix, les dates du ' +
          'Contrat de Réservation et de l’Acte de Vente VEFA ainsi que les appels de fonds émis et encaissés.',
      ),
    ),
    article(
      'Engagements de faire et de ne pas faire',
      bulletList(
        'réaliser le Programme conformément au Permis de Construire, aux marchés de travaux et aux règles de l’art ;',
        'maintenir en vigueur les assurances visées aux conditions suspensives et en acquitter les primes ;',
        'ne consentir aucune sûreté sur ses actifs au profit d’un tiers sans l’accord du Prêteur ;',
        'ne procéder à aucune distribution ni à aucun remboursement de comptes courants d’associés avant le remboursement intégral du Crédit ;',
        'ne pas modifier la répartition de son capital ni son contrôle sans l’accord préalable du Prêteur.',
      ),
    ),
  );
}

function defaultsArticle(): JsonNode {
  return article(
    'Cas d’exigibilité anticipée',
    p(
      'Le Prêteur pourra, par lettre recommandée avec demande d’avis de réception, prononcer l’exigibilité ' +
        'anticipée de toutes sommes dues au titre du Crédit et annuler sa fraction non tirée, dans l’un des cas ' +
        'suivants (chacun, un ',
      ...defines('', 'Cas d’Exigibilité Anticipée'),
      ') :',
    ),
    bulletList(
      'défaut de paiement d’une somme quelconque à son échéance, non régularisé dans les cinq (5) Jours Ouvrés ;',
      'inexactitude d’une déclaration de l’Emprunteur ou manquement à l’un de ses engagements non réparé dans les trente (30) jours d’une mise en demeure ;',
      'retrait, annulation ou suspension du Permis de Construire ;',
      'interruption du chantier pendant plus de soixante (60) jours consécutifs, hors intempéries ou force majeure dûment justifiées ;',
      'hausse du Prix de Revient Prévisionnel ou baisse du Chiffre d’Affaires Prévisionnel de plus de dix pour cent (10 %) non compensée par un apport de fonds propres ;',
      'changement de contrôle de l’Emprunteur ou cession de ses parts sociales sans l’accord du Prêteur ;',
      'exigibilité anticipée de toute autre dette financière de l’Emprunteur ou de la Société Mère, dans la mesure permise par les dispositions impératives du livre VI du Code de commerce.',
    ),
  );
}

function costsArticle(): JsonNode {
  return article(
    'Frais et impôts',
    p(
      'Tous frais, droits et honoraires afférents à la Convention et à la constitution, au renouvellement et à ' +
        'la mainlevée des Garanties, y compris les émoluments du Notaire, la contribution de sécurité immobilière ' +
        'et les frais de publicité foncière, sont à la charge de l’Emprunteur.',
    ),
    p(
      'Tous paiements sont effectués nets de toute retenue fiscale. Si une retenue est imposée par la loi, ' +
        'l’Emprunteur majore son paiement de sorte que le Prêteur perçoive le montant qu’il aurait reçu en ' +
        'l’absence de retenue.',
    ),
  );
}

function transferArticle(): JsonNode {
  return article(
    'Cession et transfert',
    p(
      'L’Emprunteur ne peut céder ses droits et obligations au titre de la Convention sans l’accord préalable ' +
        'et écrit du Prêteur. Le Prêteur peut céder ou transférer tout ou partie de ses droits et obligations, ' +
        'notamment à des établissements de crédit dans le cadre d’une syndication, les Garanties étant ' +
        'transmises de plein droit. L’Emprunteur autorise le Prêteur à communiquer aux cessionnaires potentiels, ' +
        'sous engagement de confidentialité, les informations le concernant, par dérogation au secret ' +
        'professionnel prévu à l’article L. 511-33 du Code monétaire et financier.',
    ),
  );
}

function eSignatureArticle(): JsonNode {
  return article(
    'Signature électronique et preuve',
    p(
      'Les Parties conviennent de signer la Convention au moyen d’un procédé de signature électronique avancée ' +
        'conforme au règlement (UE) n° 910/2014 du 23 juillet 2014. Conformément aux articles 1366 et 1367 du ' +
        'Code civil, l’écrit électronique ainsi signé a la même force probante que l’écrit sur support papier ; ' +
        'son empreinte, l’identité des signataires et le journal des opérations sont conservés dans des ' +
        'conditions garantissant leur intégrité.',
    ),
  );
}

function domicileArticle(): JsonNode {
  return article(
    'Élection de domicile et notifications',
    p(
      'Pour l’exécution de la Convention et de ses suites, les Parties élisent domicile en leur siège social ' +
        'respectif et, pour les besoins des actes authentiques, en l’office du Notaire.',
    ),
    p(
      'Toute notification est faite par lettre recommandée avec demande d’avis de réception ou remise en main ' +
        'propre contre récépissé. Les informations courantes peuvent être échangées au moyen de l’espace ' +
        'documentaire sécurisé de l’opération.',
    ),
  );
}

function lawArticle(): JsonNode {
  return article(
    'Droit applicable et juridiction',
    p(
      'La Convention est régie par le droit français. Tout différend relatif à sa validité, à son ' +
        'interprétation ou à son exécution sera soumis à la compétence exclusive du tribunal judiciaire dans le ' +
        'ressort duquel est situé le Terrain.',
    ),
  );
}

function annexesArticle(): JsonNode {
  return article(
    'Liste des annexes',
    p('Les annexes suivantes font partie intégrante de la Convention :'),
    bulletList(...CREDIT_AGREEMENT_ANNEXES.map((annex) => refToAnnex(annex))),
  );
}

function signatureLines(role: string, name: string): JsonNode[] {
  return [p(bold(role)), p(name), p('Nom : [●]'), p('Qualité : [●]'), p('Signature :')];
}

function signatureBlock({ facts }: Ctx): JsonNode[] {
  return [
    pageBreak(),
    p(`Fait à ${facts.signingCity}, le [●], par voie de signature électronique.`),
    ...signatureLines('Pour le Prêteur', facts.bankName),
    ...signatureLines('Pour l’Emprunteur', facts.borrowerName),
    ...signatureLines('Pour la Société Mère, en qualité de caution', facts.developerName),
  ];
}

function articles(ctx: Ctx): JsonNode[] {
  return [
    definitionsArticle(ctx),
    purposeArticle(ctx),
    programmeArticle(ctx),
    amountArticle(ctx),
    conditionsArticle(ctx),
    firstDrawdownArticle(ctx),
    durationArticle(),
    drawdownArticle(),
    scheduleArticle(ctx),
    interestArticle(),
    feesArticle(ctx),
    repaymentArticle(ctx),
    centralAccountArticle(),
    securityArticle(ctx),
    gfaArticle(ctx),
    representationsArticle(),
    undertakingsArticle(),
    defaultsArticle(),
    costsArticle(),
    transferArticle(),
    eSignatureArticle(),
    domicileArticle(),
    lawArticle(),
    annexesArticle(),
  ];
}

/** The demo *Convention de crédit promoteur* of a deal, as deed JSON. */
export function buildCreditAgreement(facts: DealFacts, options: DeedContentOptions = {}): JsonNode {
  const ctx: Ctx = {
    facts,
    fig: dealFigures(facts),
    firstDrawdown: options.firstDrawdown ?? DEFAULT_FIRST_DRAWDOWN,
  };
  return doc(
    ...titleBlock(ctx),
    ...partiesBlock(ctx),
    ...recitals(ctx),
    ...articles(ctx),
    ...signatureBlock(ctx),
  );
}
