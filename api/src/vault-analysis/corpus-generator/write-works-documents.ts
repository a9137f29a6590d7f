import { composeDocument, formatTable } from './compose-document';
import { type Facts, fakeAmount, fakeDate, fakePerson, fakeSiren, formatSiren } from './fake-facts';
import type { Random } from './random-source';

const CONTRACTORS = [
  'Eiffage Construction',
  'Bouygues Bâtiment',
  'Léon Grosse',
  'GCC',
  'Sogea',
  'Demathieu Bard',
  'Bâti Ouest Construction',
  'Charier',
  'Spie Batignolles',
  'Maçonnerie Durand et Fils',
];
const TRADES = [
  'Lot 01 – Terrassements, gros œuvre',
  'Lot 02 – Charpente, couverture',
  'Lot 03 – Étanchéité',
  'Lot 04 – Menuiseries extérieures',
  'Lot 05 – Plâtrerie, cloisons, doublages',
  'Lot 06 – Menuiseries intérieures',
  'Lot 07 – Revêtements de sols',
  'Lot 08 – Peinture',
  'Lot 09 – Plomberie, chauffage, ventilation',
  'Lot 10 – Électricité courants forts et faibles',
  'Lot 11 – Ascenseurs',
  'Lot 12 – VRD, espaces verts',
];

export function writeMarchesTravaux(r: Random, f: Facts): string {
  const kind = r.int(0, 2);
  if (kind === 0) {
    return composeDocument(r, {
      head: [
        r.pick([
          'PLANNING PRÉVISIONNEL DES TRAVAUX',
          'Planning général d’exécution',
          'Calendrier d’exécution des travaux – TCE',
        ]),
        `${f.programme} – ${f.city} – indice ${r.pick(['A', 'B', 'C'])} du ${fakeDate(r)}`,
      ],
      body: [
        formatTable(
          r,
          ['Tâche', 'Début', 'Fin', 'Durée'],
          r
            .some(
              [
                'Installation de chantier',
                'Terrassements généraux',
                'Fondations',
                'Gros œuvre – infrastructure',
                'Gros œuvre – superstructure',
                'Mise hors d’eau',
                'Mise hors d’air',
                'Cloisons et doublages',
                'Corps d’état secondaires',
                'Nettoyage',
                'Opérations préalables à la réception',
                'Réception des travaux',
                'Livraison',
              ],
              6,
              13,
            )
            .map((task) => [task, `S${r.int(1, 60)}`, `S${r.int(2, 90)}`, `${r.int(1, 30)} semaines`]),
        ),
        `Date prévisionnelle de déclaration d’ouverture de chantier : ${fakeDate(r)} – achèvement : ${fakeDate(r)}`,
      ],
      optional: [
        'Intempéries non comprises.',
        `Maître d’œuvre d’exécution : ${fakePerson(r)}`,
        'Chemin critique : gros œuvre et lot façades.',
        'Jalons : hors d’eau (70 %), achèvement (95 %).',
      ],
    });
  }
  if (kind === 1) {
    return composeDocument(r, {
      head: [
        r.pick([
          'CONTRAT D’ARCHITECTE',
          'Contrat de maîtrise d’œuvre',
          'CONTRAT DE MAÎTRISE D’ŒUVRE – MISSION COMPLÈTE',
          'Avenant au contrat d’architecte',
        ]),
        `Entre ${f.company}, maître d’ouvrage, et ${fakePerson(r)}, architecte inscrit à l’Ordre des architectes, ${r.pick(['agence', 'atelier', 'cabinet'])} ${fakePerson(r).split(' ')[1]} Architectes`,
      ],
      body: [
        `Objet : missions de maîtrise d’œuvre pour la construction de ${f.lots} logements à ${f.city}, surface de plancher ${f.floorArea} m².`,
        `Missions : ${r.some(['ESQ (esquisse)', 'APS', 'APD', 'PC (dossier de permis de construire)', 'PRO', 'DCE', 'ACT (assistance pour la passation des contrats de travaux)', 'VISA', 'DET (direction de l’exécution des travaux)', 'AOR (assistance aux opérations de réception)'], 4, 10).join(', ')}.`,
        `Honoraires : ${r.int(5, 11)},${r.int(0, 9)} % du montant HT des travaux, soit un forfait provisoire de ${fakeAmount(r, 100000, 1500000)} HT, payable selon l’avancement des phases.`,
      ],
      optional: [
        'L’architecte justifie d’une assurance de responsabilité professionnelle.',
        'Propriété intellectuelle : le maître d’ouvrage dispose du droit de reproduire les plans pour la seule opération.',
        'Résiliation : en cas d’abandon de l’opération, les honoraires des phases réalisées restent dus.',
        `Délai d’études : ${r.int(2, 10)} mois.`,
      ],
    });
  }
  const contractor = r.pick(CONTRACTORS);
  return composeDocument(r, {
    head: [
      r.pick([
        'MARCHÉ DE TRAVAUX',
        'Marché de travaux en entreprise générale',
        'ACTE D’ENGAGEMENT',
        'Marché de travaux privé – lots séparés',
        'Contrat de construction – entreprise générale',
      ]),
      `Maître d’ouvrage : ${f.company}\nEntreprise titulaire : ${contractor}, SIREN ${formatSiren(fakeSiren(r))}\nOpération : ${f.programme}, ${f.street}, ${f.city}`,
    ],
    body: [
      `Objet du marché : ${r.pick(['réalisation en entreprise générale de l’ensemble des travaux tous corps d’état', r.pick(TRADES)])} pour la construction de ${f.lots} logements.`,
      `Prix : le marché est conclu à prix global et forfaitaire de ${fakeAmount(r, 500000, 25000000)} HT, ${r.pick(['ferme et non révisable', 'révisable selon l’index BT01', 'actualisable'])}.`,
      `Délai d’exécution : ${r.int(12, 30)} mois à compter de l’ordre de service de démarrage des travaux, hors intempéries et congés.`,
      `Pénalités de retard : ${r.pick(['1/1000e', '1/3000e', '500 €'])} du montant du marché par jour calendaire de retard, plafonnées à ${r.int(5, 10)} %.`,
      `Retenue de garantie : 5 % du montant des travaux, ${r.pick(['remplaçable par une caution bancaire', 'libérée un an après la réception'])}.`,
    ],
    optional: [
      'Pièces contractuelles : acte d’engagement, CCAP, CCTP, plans, DPGF, planning.',
      'Norme NF P 03-001 applicable au marché privé de travaux de bâtiment.',
      `Sous-traitance : ${r.pick(['autorisée sous réserve d’agrément', 'soumise à la loi du 31 décembre 1975'])}.`,
      'Réception : opérations préalables, levée des réserves dans un délai de 90 jours, garantie de parfait achèvement.',
      `Échéancier : situations mensuelles de travaux, paiement à ${r.int(30, 60)} jours.`,
    ],
    tail: [`Fait à ${f.city}, le ${fakeDate(r)} – Le maître d’ouvrage / L’entreprise`],
  });
}

export function writeAssurances(r: Random, f: Facts): string {
  const kind = r.pick(['DO', 'CNR', 'TRC', 'décennale', 'DO-CNR']);
  const titles: Record<string, string[]> = {
    DO: [
      'ATTESTATION D’ASSURANCE DOMMAGES-OUVRAGE',
      'Attestation d’assurance dommages ouvrage (article L242-1 du Code des assurances)',
    ],
    CNR: [
      'ATTESTATION D’ASSURANCE CONSTRUCTEUR NON RÉALISATEUR (CNR)',
      'Attestation responsabilité civile décennale constructeur non réalisateur',
    ],
    TRC: ['ATTESTATION D’ASSURANCE TOUS RISQUES CHANTIER', 'Attestation TRC – tous risques chantier'],
    décennale: [
      'ATTESTATION D’ASSURANCE RESPONSABILITÉ CIVILE DÉCENNALE',
      `Attestation d’assurance de responsabilité décennale obligatoire – année ${r.int(2023, 2026)}`,
    ],
    'DO-CNR': [
      'ATTESTATION D’ASSURANCE DOMMAGES-OUVRAGE ET CNR',
      'Police unique de chantier (PUC) – attestation',
    ],
  };
  const assured =
    kind === 'décennale'
      ? r.pick(['Eiffage Construction', 'Maçonnerie Durand', 'Électricité Moreau', 'Charpentes de l’Ouest'])
      : f.company;
  return composeDocument(r, {
    head: [
      r.pick(titles[kind] as string[]),
      `${f.insurer}${r.chance(0.5) ? ', entreprise régie par le Code des assurances' : ''}\nPolice n° ${r.pick(['DO', 'CNR', 'TRC', 'RCD', 'PUC'])}${r.int(100000, 9999999)}`,
    ],
    body: [
      `L’assureur soussigné atteste que ${assured} ${kind === 'décennale' ? `, SIREN ${formatSiren(f.siren)},` : ''} est titulaire d’un contrat d’assurance ${kind === 'TRC' ? 'tous risques chantier' : kind === 'décennale' ? 'de responsabilité civile décennale' : `dommages-ouvrage${kind !== 'DO' ? ' et constructeur non réalisateur' : ''}`} ${r.pick(['garantissant', 'couvrant'])} l’opération suivante.`,
      `Opération de construction : ${f.programme}, ${f.lots} logements, ${f.street} ${f.city}. Coût prévisionnel de construction déclaré : ${fakeAmount(r, 1000000, 30000000)} TTC.`,
      `Période de validité : ${kind === 'décennale' ? `du 01/01/${r.int(2023, 2026)} au 31/12/${r.int(2023, 2026)}` : `chantiers ouverts à compter du ${fakeDate(r)}`}. ${r.pick(['Durée de la garantie : dix ans à compter de la réception.', 'La garantie prend effet après l’expiration du délai de garantie de parfait achèvement.', ''])}`,
      `Garanties : ${r.pick(['garantie obligatoire des dommages de nature décennale (article 1792 du Code civil)', 'dommages matériels à l’ouvrage en cours de travaux, effondrement, incendie, vol', 'garanties facultatives : bon fonctionnement, dommages immatériels consécutifs, dommages aux existants'])}. Franchise : ${fakeAmount(r, 0, 15000)}.`,
    ],
    optional: [
      'La présente attestation ne peut engager l’assureur au-delà des conditions et limites du contrat auquel elle se réfère.',
      `Activités garanties : ${r.some(['gros œuvre', 'maçonnerie', 'charpente', 'couverture', 'étanchéité', 'plomberie', 'électricité', 'menuiserie'], 2, 5).join(', ')}.`,
      `Courtier : ${r.pick(['Verspieren', 'Gras Savoye', 'Marsh', 'Cabinet Bessé'])}.`,
      'Attestation à annexer aux actes de vente en l’état futur d’achèvement.',
      `Prime réglée pour un montant de ${fakeAmount(r, 5000, 400000)} TTC.`,
    ],
    tail: [
      `Fait à ${r.pick(['Paris', 'Nanterre', f.city])}, le ${fakeDate(r)} – Pour l’assureur, ${fakePerson(r)}`,
    ],
  });
}
