import {
  article,
  bold,
  bulletList,
  type Cell,
  defines,
  doc,
  formatEuros,
  formatInteger,
  formatPercent,
  formatRate,
  formatSurface,
  heading,
  type Inline,
  type JsonNode,
  p,
  pageBreak,
  table,
} from './build-deed-json';
import {
  type AnnexSpec,
  type DealFacts,
  type DealFigures,
  dealFigures,
  quoted,
  refToAnnex,
} from './credit-agreement';

interface Ctx {
  facts: DealFacts;
  fig: DealFigures;
}

interface GuaranteedLot {
  number: string;
  type: string;
  building: string;
  level: string;
  surface: number;
  price: number;
}

const LOTS_PER_FLOOR = 6;
const LOTS_PER_BUILDING = 36;

const GFA_ANNEXES = {
  permit: {
    annexId: 'gfa-annexe-01',
    number: 1,
    title: 'Permis de construire',
    category: 'permis_construire',
  },
  spec: {
    annexId: 'gfa-annexe-02',
    number: 2,
    title: 'Notice descriptive et plans des Lots',
    category: 'notarial',
  },
  certificate: {
    annexId: 'gfa-annexe-03',
    number: 3,
    title: 'Modèle d’attestation de garantie',
    category: 'garanties',
  },
  credit: {
    annexId: 'gfa-annexe-04',
    number: 4,
    title: 'Convention de crédit promoteur',
    category: 'garanties',
  },
} satisfies Record<string, AnnexSpec>;

function ref(key: keyof typeof GFA_ANNEXES): JsonNode {
  return refToAnnex(GFA_ANNEXES[key]);
}

function definition(name: string, ...meaning: Inline[]): JsonNode {
  return p(defines('', name), ' désigne ', ...meaning);
}

// ---------------------------------------------------------------------------------------------
// The lots covered, derived from the price grid

function levelLabel(level: number): string {
  return level === 0 ? 'RDC' : `R+${level}`;
}

/** One row per lot ("A102": building A, 1st floor, door 2): types spread across buildings, larger flats upstairs. */
export function guaranteedLots(fig: DealFigures): GuaranteedLot[] {
  const types = fig.grid.flatMap((line) => Array.from({ length: line.count }, () => line));
  const buildings = Math.max(1, Math.ceil(types.length / LOTS_PER_BUILDING));
  const nextIndex = Array.from({ length: buildings }, () => 0);
  const lots = types.map((line, i) => {
    const b = i % buildings;
    const indexInBuilding = nextIndex[b] ?? 0;
    nextIndex[b] = indexInBuilding + 1;
    const building = String.fromCharCode(65 + b);
    const level = Math.floor(indexInBuilding / LOTS_PER_FLOOR);
    const door = (indexInBuilding % LOTS_PER_FLOOR) + 1;
    return {
      number: `${building}${level}${String(door).padStart(2, '0')}`,
      type: line.type,
      building,
      level: levelLabel(level),
      surface: line.surface,
      price: line.price,
    };
  });
  // Lot numbers sort building by building, floor by floor.
  return lots.sort((a, b) => a.number.localeCompare(b.number));
}

function lotsTable(lots: GuaranteedLot[]): JsonNode {
  const rows: Cell[][] = lots.map((lot) => [
    lot.number,
    lot.type,
    lot.building,
    lot.level,
    formatSurface(lot.surface),
    formatEuros(lot.price),
  ]);
  const area = lots.reduce((sum, lot) => sum + lot.surface, 0);
  const revenue = lots.reduce((sum, lot) => sum + lot.price, 0);
  const total: Cell[] = [
    bold('Total'),
    bold(`${formatInteger(lots.length)} lots`),
    '',
    '',
    bold(formatSurface(area)),
    bold(formatEuros(revenue)),
  ];
  return table(
    ['N° de lot', 'Type', 'Bâtiment', 'Niveau', 'Surface habitable', 'Prix de vente TTC'],
    ...rows,
    total,
  );
}

// ---------------------------------------------------------------------------------------------
// Front matter

function frontMatter({ facts }: Ctx): JsonNode[] {
  return [
    heading(1, 'Garantie financière d’achèvement'),
    p(
      bold(
        'Convention de cautionnement – articles L. 261-10-1 et R. 261-21 b) du Code de la construction et de ' +
          `l’habitation – ${facts.programme} – ${facts.city}`,
      ),
    ),
    p(bold('ENTRE :')),
    p(
      bold(facts.bankName),
      ', société anonyme, établissement de crédit agréé par l’Autorité de contrôle prudentiel et de ' +
        'résolution, dont le siège social est situé [●], représentée par [●], dûment habilité(e),',
    ),
    p('ci-après dénommée ', defines('le ', 'Garant'), ','),
    p(bold('ET :')),
    p(
      bold(facts.borrowerName),
      `, société civile de construction-vente dont le siège social est situé [●] à ${facts.city}, représentée ` +
        `par sa gérante, la société ${facts.developerName}, elle-même représentée par [●],`,
    ),
    p('ci-après dénommée ', defines('le ', 'Vendeur'), '.'),
  ];
}

function recitals({ facts }: Ctx): JsonNode[] {
  return [
    p(bold('IL EST PRÉALABLEMENT EXPOSÉ :')),
    p(
      `Le Vendeur réalise à ${facts.city} un ensemble immobilier de ${facts.lots} logements dénommé ` +
        `${quoted(facts.programme)} (`,
      defines('le ', 'Programme'),
      '), qu’il commercialise en l’état futur d’achèvement.',
    ),
    p(
      'L’article L. 261-10-1 du Code de la construction et de l’habitation impose au vendeur d’un immeuble à ' +
        'construire de justifier, avant la conclusion de toute vente en l’état futur d’achèvement, d’une ' +
        'garantie financière de l’achèvement de l’immeuble délivrée par un établissement de crédit.',
    ),
    p(
      'Aux termes d’une convention de crédit promoteur en date du [●] (',
      ref('credit'),
      '), le Garant s’est engagé à délivrer cette garantie, sous réserve des conditions qui y sont stipulées.',
    ),
    p(bold('CECI EXPOSÉ, IL A ÉTÉ CONVENU CE QUI SUIT :')),
  ];
}

// ---------------------------------------------------------------------------------------------
// Articles

function definitionsArticle({ facts }: Ctx): JsonNode {
  return article(
    'Définitions',
    definition(
      'Achèvement',
      'l’achèvement du Programme au sens de l’article R. 261-1 du Code de la construction et de l’habitation, ' +
        'c’est-à-dire l’exécution des ouvrages et l’installation des éléments d’équipement indispensables à ' +
        'l’utilisation de l’immeuble conformément à sa destination.',
    ),
    definition('Acquéreur', 'tout acquéreur d’un Lot Garanti aux termes d’une Vente.'),
    definition(
      'Compte Centralisateur',
      'le compte ouvert au nom du Vendeur dans les livres du Garant sous le numéro [●], sur lequel sont ' +
        'exclusivement versés les prix des Ventes.',
    ),
    definition('Lots Garantis', 'les lots du Programme énumérés à l’article ', quoted('Lots garantis'), '.'),
    definition(
      'Permis de Construire',
      `le permis de construire n° [●] délivré le [●] par le maire de ${facts.city}, purgé de tout recours et de ` +
        'tout retrait, ensemble ses éventuels permis modificatifs.',
    ),
    definition(
      'Vente',
      'tout acte authentique de vente en l’état futur d’achèvement d’un Lot Garanti conclu par le Vendeur.',
    ),
  );
}

function purposeArticle(): JsonNode {
  return article(
    'Objet de la garantie',
    p(
      'En application des articles L. 261-10-1 et R. 261-21 b) du Code de la construction et de l’habitation, ' +
        'le Garant se porte caution solidaire du Vendeur envers chaque Acquéreur et s’oblige à payer les sommes ' +
        'nécessaires à l’Achèvement du Programme, tel que décrit dans le Permis de Construire (',
      ref('permit'),
      ') et la notice descriptive (',
      ref('spec'),
      ').',
    ),
    p(
      'La garantie est extrinsèque : elle est indépendante de la situation financière du Vendeur et de l’état ' +
        'de commercialisation du Programme.',
    ),
  );
}

function lotsArticle({ fig }: Ctx): JsonNode {
  const lots = guaranteedLots(fig);
  return article(
    'Lots garantis',
    p(
      `La garantie s’applique aux ${formatInteger(lots.length)} lots d’habitation suivants, avec leurs ` +
        'annexes et emplacements de stationnement, tels que désignés dans l’état descriptif de division :',
    ),
    lotsTable(lots),
    p(
      'Toute modification de cette liste, notamment en cas de réunion ou de division de lots, fait l’objet d’un ' +
        'avenant préalable à la signature de la Vente concernée.',
    ),
  );
}

function amountArticle({ fig }: Ctx): JsonNode {
  return article(
    'Montant et étendue de la garantie',
    p(
      `Le montant de la garantie est limité à ${formatEuros(fig.gfaAmount)}, toutes taxes comprises. Il est ` +
        'réduit de plein droit à due concurrence des sommes versées par le Garant au titre de la présente ' +
        'garantie.',
    ),
    p('Sont exclus de la garantie :'),
    bulletList(
      'les pénalités de retard de livraison et les indemnités de toute nature dues par le Vendeur ;',
      'la réparation des désordres relevant de l’assurance dommages-ouvrage ou des garanties légales des constructeurs ;',
      'les travaux modificatifs demandés par les Acquéreurs ;',
      'le remboursement des sommes versées par les Acquéreurs en dehors du Compte Centralisateur.',
    ),
  );
}

function callArticle(): JsonNode {
  return article(
    'Mise en jeu de la garantie',
    p(
      'La garantie peut être mise en jeu par tout Acquéreur en cas de défaillance financière du Vendeur ' +
        'empêchant l’Achèvement, par lettre recommandée avec demande d’avis de réception adressée au Garant, ' +
        'accompagnée d’une copie de la Vente et de tout document établissant la défaillance.',
    ),
    p(
      'Le Garant peut, à son choix, verser les sommes nécessaires à l’Achèvement ou faire achever les travaux ' +
        'par toute entreprise de son choix, sous la maîtrise d’œuvre d’un homme de l’art. Les Acquéreurs ' +
        'restent tenus de payer le solde de leur prix, entre les mains du Garant, au fur et à mesure de ' +
        'l’avancement des travaux.',
    ),
  );
}

function paymentArticle(): JsonNode {
  return article(
    'Paiement du prix et compte centralisateur',
    p(
      'Le Vendeur stipule dans chaque Vente que le prix est payable exclusivement sur le Compte Centralisateur, ' +
        'selon l’échelonnement de l’article R. 261-14 du Code de la construction et de l’habitation : ' +
        `${formatPercent(0.35)} à l’achèvement des fondations, ${formatPercent(0.7)} à la mise hors d’eau, ` +
        `${formatPercent(0.95)} à l’Achèvement et le solde à la livraison. Seuls ces paiements sont libératoires ` +
        'à l’égard du Garant.',
    ),
  );
}

function sellerArticle(): JsonNode {
  return article(
    'Obligations du Vendeur',
    p('Pendant toute la durée de la garantie, le Vendeur s’oblige à :'),
    bulletList(
      'informer sans délai le Garant de tout événement susceptible de retarder ou de compromettre l’Achèvement ;',
      'lui transmettre chaque mois l’état de commercialisation et l’état d’avancement des travaux ;',
      `lui verser une commission de ${formatRate(0.008)} l’an sur le montant de la garantie restant en vigueur ;`,
      'maintenir en vigueur les contre-garanties consenties au Garant aux termes de la convention de crédit promoteur.',
    ),
    p(
      'Pour chaque Vente, le Garant délivre une attestation conforme au modèle figurant en ',
      ref('certificate'),
      ', qui est annexée à l’acte authentique de vente.',
    ),
  );
}

function endArticle(): JsonNode {
  return article(
    'Durée et extinction de la garantie',
    p(
      'La garantie prend effet, pour chaque Lot Garanti, à la date de signature de la Vente correspondante. ' +
        'Conformément à l’article R. 261-24 du Code de la construction et de l’habitation, elle prend fin à ' +
        'l’Achèvement, constaté soit par le dépôt de la déclaration attestant l’achèvement et la conformité des ' +
        'travaux (DAACT) prévue à l’article R. 462-1 du Code de l’urbanisme, soit par une personne qualifiée ' +
        'désignée dans les conditions de l’article R. 261-2 du même code.',
    ),
    p(
      'L’extinction de la garantie intervient de plein droit, sans qu’il soit besoin d’une mainlevée ; le ' +
        'Garant en délivrera attestation au Vendeur sur simple demande.',
    ),
  );
}

function lawArticle(): JsonNode {
  return article(
    'Droit applicable, juridiction et élection de domicile',
    p(
      'La présente garantie est régie par le droit français. Tout différend relatif à son exécution relève de ' +
        'la compétence du tribunal judiciaire dans le ressort duquel est situé le Programme. Les parties élisent ' +
        'domicile en leur siège social respectif.',
    ),
  );
}

function annexesArticle(): JsonNode {
  return article(
    'Annexes',
    p('Sont annexés à la présente garantie :'),
    bulletList(...Object.values(GFA_ANNEXES).map((annex) => refToAnnex(annex))),
  );
}

function signatureBlock({ facts }: Ctx): JsonNode[] {
  return [
    pageBreak(),
    p(`Fait à ${facts.signingCity}, le [●], par voie de signature électronique.`),
    p(bold('Le Garant')),
    p(facts.bankName),
    p('Nom : [●] – Qualité : [●]'),
    p(bold('Le Vendeur')),
    p(facts.borrowerName),
    p('Nom : [●] – Qualité : [●]'),
  ];
}

/** The demo *Garantie financière d'achèvement* of a deal, as deed JSON. */
export function buildCompletionGuarantee(facts: DealFacts): JsonNode {
  const ctx: Ctx = { facts, fig: dealFigures(facts) };
  return doc(
    ...frontMatter(ctx),
    ...recitals(ctx),
    definitionsArticle(ctx),
    purposeArticle(),
    lotsArticle(ctx),
    amountArticle(ctx),
    callArticle(),
    paymentArticle(),
    sellerArticle(),
    endArticle(),
    lawArticle(),
    annexesArticle(),
    ...signatureBlock(ctx),
  );
}
