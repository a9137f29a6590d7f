import { composeDocument, formatTable } from './compose-document';
import { type Facts, fakeAmount, fakeDate, fakePerson, formatEuros, formatSiren } from './fake-facts';
import type { Random } from './random-source';

const FORMS = [
  'Société civile de construction vente',
  'Société par actions simplifiée',
  'Société à responsabilité limitée',
  'Société en nom collectif',
  'Société civile immobilière',
];

export function writeKbis(r: Random, f: Facts): string {
  const greffe = `Greffe du Tribunal de commerce de ${f.city}`;
  const form = r.pick(FORMS);
  return composeDocument(r, {
    head: [
      r.pick([greffe, `${greffe.toUpperCase()}`, `Tribunal de commerce de ${f.city} – Greffe`]),
      r.pick([
        'Extrait Kbis',
        'EXTRAIT D’IMMATRICULATION PRINCIPALE AU REGISTRE DU COMMERCE ET DES SOCIÉTÉS',
        'Extrait K bis – à jour au',
        'Extrait d’immatriculation au RCS (Kbis)',
      ]) + (r.chance(0.5) ? ` ${fakeDate(r)}` : ''),
      `Code de vérification : ${r.pick(['pZk', 'Ab7', 'x9Q', 'LmT'])}${r.int(10000, 99999)}${r.pick(['fR', 'Qa', 'zz'])}`,
    ],
    body: [
      `IDENTIFICATION DE LA PERSONNE MORALE\nImmatriculation au RCS, numéro ${formatSiren(f.siren)} R.C.S. ${f.city}\nDate d’immatriculation ${fakeDate(r, 'slash')}`,
      `Dénomination ou raison sociale ${f.company}\nForme juridique ${form}\nCapital social ${fakeAmount(r, 1000, 500000)}${r.chance(0.3) ? ' (capital variable)' : ''}`,
      `Adresse du siège ${f.street} ${f.postcode} ${f.city}`,
      `Activités principales ${r.pick([
        'Acquisition de terrains, construction d’immeubles en vue de leur vente en totalité ou par fractions, avant ou après achèvement',
        'Promotion immobilière de logements, marchand de biens',
        'L’acquisition d’un terrain sis à ' +
          f.city +
          ', l’édification sur ce terrain d’un ensemble immobilier et sa vente',
      ])}`,
      `Durée de la personne morale Jusqu’au ${fakeDate(r, 'slash').replace(/\d{4}$/, String(r.int(2060, 2120)))}\nDate de clôture de l’exercice social ${r.pick(['31 décembre', '30 juin', '31 mars'])}`,
      `GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE, ASSOCIÉS OU MEMBRES\n${r.pick(['Gérant', 'Président', 'Co-gérant'])}\nDénomination ${f.group}\nForme juridique Société par actions simplifiée\nReprésentant permanent ${f.manager}`,
      `RENSEIGNEMENTS RELATIFS À L’ACTIVITÉ ET À L’ÉTABLISSEMENT PRINCIPAL\nAdresse de l’établissement ${f.street} ${f.postcode} ${f.city}\nDate de commencement d’activité ${fakeDate(r)}\nOrigine du fonds ou de l’activité ${r.pick(['Création', 'Création d’un fonds'])}\nMode d’exploitation ${r.pick(['Exploitation directe', 'Exploitation directe par la société'])}`,
    ],
    optional: [
      `Commissaire aux comptes titulaire ${r.pick(['KPMG', 'Mazars', 'In Extenso', 'Cabinet Grant'])} ${f.city}`,
      `Observations et renseignements complémentaires\n- Mention n° ${r.int(1, 9999)} du ${fakeDate(r)} : transfert du siège social`,
      `Identifiant européen (EUID) FR${f.department}01.${f.siren}`,
      `Associés : ${f.group}, ${fakePerson(r)}`,
      'Le présent extrait ne comporte pas d’inscription de privilège ou de nantissement.',
    ],
    tail: [
      r.pick([
        `Le Greffier\nFIN DE L’EXTRAIT\nExtrait certifié conforme délivré le ${fakeDate(r)}`,
        `FIN DE L’EXTRAIT – Pour extrait certifié conforme, le greffier du Tribunal de commerce de ${f.city}`,
        `Délivré le ${fakeDate(r)} – ${r.int(1, 3)} page(s) – www.infogreffe.fr\nLe greffier`,
      ]),
    ],
  });
}

export function writeStatuts(r: Random, f: Facts): string {
  if (r.chance(0.35)) return writePowers(r, f);
  const capital = r.int(10, 1000) * 100;
  const articles = [
    [
      'Forme',
      `Il est formé entre les propriétaires des parts ci-après créées une ${r.pick(['société civile de construction vente', 'société civile immobilière de construction vente'])} régie par les articles 1832 et suivants du Code civil et L211-1 et suivants du Code de la construction et de l’habitation.`,
    ],
    [
      'Objet',
      `La société a pour objet l’acquisition d’un terrain situé à ${f.city}, cadastré ${f.parcel}, la construction sur ce terrain d’un ensemble immobilier à usage principal d’habitation et la vente, en totalité ou par fractions, des immeubles construits, avant ou après leur achèvement.`,
    ],
    ['Dénomination', `La dénomination de la société est : ${f.company}.`],
    [
      'Siège social',
      `Le siège social est fixé ${f.street}, ${f.postcode} ${f.city}. Il pourra être transféré par décision de la gérance.`,
    ],
    [
      'Durée',
      `La durée de la société est fixée à ${r.pick(['quatre-vingt-dix-neuf', 'cinquante', 'trente'])} années à compter de son immatriculation au registre du commerce et des sociétés.`,
    ],
    [
      'Apports',
      `Les associés font apport à la société d’une somme totale en numéraire de ${formatEuros(r, capital)}.`,
    ],
    [
      'Capital social',
      `Le capital social est fixé à ${formatEuros(r, capital)}, divisé en ${capital / 10} parts sociales de dix euros chacune, numérotées de 1 à ${capital / 10}, attribuées aux associés en proportion de leurs apports.`,
    ],
    [
      'Cession des parts',
      'Les parts sociales ne peuvent être cédées qu’avec l’agrément des associés représentant plus des trois quarts des parts sociales. Le projet de cession est notifié à la société et à chacun des associés.',
    ],
    [
      'Responsabilité des associés',
      'Les associés sont tenus du passif social à proportion de leurs droits sociaux, conformément à l’article L211-2 du Code de la construction et de l’habitation.',
    ],
    [
      'Gérance',
      `La société est administrée par un ou plusieurs gérants. Est nommé premier gérant pour une durée illimitée : ${f.group}, représentée par ${f.manager}. Le gérant peut consentir toute hypothèque et toute garantie nécessaire au financement de l’opération.`,
    ],
    [
      'Décisions collectives',
      'Les décisions collectives des associés sont prises en assemblée ou par consultation écrite. Elles sont constatées par des procès-verbaux signés par le gérant.',
    ],
    [
      'Exercice social',
      'L’exercice social commence le 1er janvier et se termine le 31 décembre de chaque année.',
    ],
    [
      'Appels de fonds',
      'Les associés sont tenus de satisfaire aux appels de fonds nécessaires à la réalisation de l’objet social en proportion de leurs droits.',
    ],
    [
      'Dissolution – Liquidation',
      'La société sera dissoute par l’arrivée du terme, la réalisation ou l’extinction de son objet. La liquidation est faite par le gérant en fonction.',
    ],
  ] as const;
  const kept = articles.filter((_, i) => i < 4 || r.chance(0.75));
  return composeDocument(r, {
    head: [
      r.pick(['STATUTS', 'Statuts constitutifs', 'STATUTS MIS À JOUR', 'Statuts de la société']),
      `${f.company}\n${r.pick(FORMS)} au capital de ${formatEuros(r, capital)}\nSiège social : ${f.street} ${f.postcode} ${f.city}${r.chance(0.6) ? `\n${formatSiren(f.siren)} RCS ${f.city}` : ''}`,
      r.chance(0.5)
        ? `Les soussignés :\n- ${f.group}, représentée par ${f.manager}\n- ${fakePerson(r)}\nont établi ainsi qu’il suit les statuts de la société.`
        : '',
    ].filter(Boolean),
    body: kept.map(
      ([title, text], i) =>
        `${r.pick(['Article', 'ARTICLE', 'Art.'])} ${i + 1} ${r.pick(['–', '-', ':', '.'])} ${title}\n${text}`,
    ),
    shuffleBody: false,
    tail: [
      `Fait à ${f.city}, le ${fakeDate(r)}, en ${r.int(3, 6)} exemplaires originaux.\n${r.pick(['Certifiés conformes par le gérant', 'Signatures des associés', 'Pour copie certifiée conforme'])}`,
    ],
  });
}

function writePowers(r: Random, f: Facts): string {
  return composeDocument(r, {
    head: [
      r.pick([
        'PROCÈS-VERBAL DES DÉCISIONS DE L’ASSEMBLÉE GÉNÉRALE EXTRAORDINAIRE',
        'Procès-verbal des décisions des associés',
        'POUVOIR SPÉCIAL',
        'Délégation de pouvoirs',
        'Décisions unanimes des associés du',
      ]),
      `${f.company} – ${r.pick(FORMS)}\nRCS ${f.city} ${formatSiren(f.siren)}`,
    ],
    body: [
      `L’an ${r.int(2023, 2026)}, le ${fakeDate(r, 'words')}, les associés de la société se sont réunis au siège social sur convocation de la gérance. Sont présents ou représentés les associés détenant la totalité des parts sociales.`,
      `Première résolution – L’assemblée autorise la gérance à acquérir le terrain cadastré ${f.parcel} à ${f.city} moyennant le prix de ${fakeAmount(r, 300000, 4000000)}.`,
      `Deuxième résolution – L’assemblée autorise la gérance à contracter auprès de ${f.bank} un crédit d’accompagnement d’un montant maximum de ${fakeAmount(r, 1000000, 20000000)} et à consentir toute sûreté, notamment une hypothèque, un nantissement des parts sociales et la cession des créances de prix de vente.`,
      `Troisième résolution – Tous pouvoirs sont conférés à ${f.manager}, ${r.pick(['gérant', 'représentant légal', 'directeur de programmes'])}, avec faculté de substitution, pour signer tous actes, conventions et documents et faire toutes déclarations.`,
    ],
    optional: [
      `Le mandataire pourra notamment signer l’acte authentique de prêt devant ${f.notary}, notaire à ${f.city}.`,
      'Les présentes décisions sont adoptées à l’unanimité.',
      'Le présent pouvoir est valable jusqu’à l’achèvement de l’opération.',
      'Quorum : 100 % des parts sociales.',
    ],
    shuffleBody: false,
    tail: [
      `Fait à ${f.city}, le ${fakeDate(r)}\n${r.pick(['Bon pour pouvoir', 'Le Président de séance', 'Les associés', 'Signature du mandant'])}`,
    ],
  });
}

export function writeComptes(r: Random, f: Facts): string {
  const year = r.int(2021, 2025);
  const n = () => String(r.int(1000, 9999999)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const assets = [
    'Immobilisations incorporelles',
    'Immobilisations corporelles',
    'Immobilisations financières',
    'Stocks et en-cours',
    'Créances clients et comptes rattachés',
    'Autres créances',
    'Disponibilités',
    'Charges constatées d’avance',
    'TOTAL ACTIF',
  ];
  const liabilities = [
    'Capital social',
    'Réserve légale',
    'Report à nouveau',
    'Résultat de l’exercice',
    'TOTAL CAPITAUX PROPRES',
    'Provisions pour risques et charges',
    'Emprunts et dettes auprès des établissements de crédit',
    'Dettes fournisseurs et comptes rattachés',
    'Dettes fiscales et sociales',
    'Comptes courants d’associés',
    'TOTAL PASSIF',
  ];
  const pnl = [
    'Chiffre d’affaires net',
    'Production stockée',
    'Autres produits',
    'Achats de marchandises',
    'Variation de stocks',
    'Autres achats et charges externes',
    'Impôts, taxes et versements assimilés',
    'Salaires et traitements',
    'Charges sociales',
    'Dotations aux amortissements et provisions',
    'RÉSULTAT D’EXPLOITATION',
    'Produits financiers',
    'Charges financières',
    'RÉSULTAT FINANCIER',
    'Résultat exceptionnel',
    'Impôt sur les bénéfices',
    'BÉNÉFICE OU PERTE',
  ];
  const table = (rows: string[]) =>
    formatTable(
      r,
      ['Rubrique', `Exercice ${year}`, `Exercice ${year - 1}`],
      rows.map((row) => [row, n(), n()]),
    );
  return composeDocument(r, {
    head: [
      r.pick(['COMPTES ANNUELS', 'Comptes sociaux', 'États financiers', 'Liasse fiscale – comptes annuels']),
      `${f.company} – ${r.pick(['Exercice clos le 31/12/', 'Exercice du 01/01 au 31/12/', 'Période close le 31 décembre '])}${year}\nSIREN ${formatSiren(f.siren)}`,
    ],
    body: [
      `${r.pick(['BILAN ACTIF', 'Bilan – Actif', 'ACTIF'])}\n${table(r.some(assets, 6, assets.length))}`,
      `${r.pick(['BILAN PASSIF', 'Bilan – Passif', 'PASSIF'])}\n${table(r.some(liabilities, 6, liabilities.length))}`,
      `${r.pick(['COMPTE DE RÉSULTAT', 'Compte de résultat de l’exercice', 'COMPTE DE RÉSULTAT (en liste)'])}\n${table(r.some(pnl, 8, pnl.length))}`,
    ],
    optional: [
      `ANNEXE AUX COMPTES ANNUELS\nRègles et méthodes comptables : les comptes annuels ont été établis conformément au règlement ANC 2014-03 relatif au plan comptable général. Les stocks de programmes immobiliers sont évalués au coût de revient, les frais financiers étant inclus pendant la période de construction.`,
      `Rapport du commissaire aux comptes sur les comptes annuels\nNous certifions que les comptes annuels sont, au regard des règles et principes comptables français, réguliers et sincères et donnent une image fidèle du résultat des opérations de l’exercice écoulé.`,
      `Affectation du résultat : le bénéfice de l’exercice est affecté au report à nouveau pour ${fakeAmount(r, 1000, 900000)}.`,
      `Formulaires 2050 – 2051 – 2052 – 2053 – DGFiP\nDurée de l’exercice : 12 mois`,
      `Engagements hors bilan : garanties financières d’achèvement données par ${f.bank}, cautions.`,
    ],
    shuffleBody: r.chance(0.3),
  });
}
