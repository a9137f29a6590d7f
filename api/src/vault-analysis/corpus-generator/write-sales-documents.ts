import { composeDocument, formatTable } from './compose-document';
import { type Facts, fakeAmount, fakeDate, fakePerson, formatEuros } from './fake-facts';
import type { Random } from './random-source';

const TYPES = ['T1', 'T2', 'T3', 'T4', 'T5', 'Studio', 'Maison T4', 'Duplex T5'];
const euros = (r: Random, value: number) => formatEuros(r, value).replace(/ (€|EUR|euros)$/, '');

function lotRows(r: Random, count: number, withStatus: boolean): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const type = r.pick(TYPES);
    const surface = r.int(22, 110);
    const price = surface * r.int(3200, 6800);
    const row = [
      String(
        r.chance(0.5)
          ? i + 1
          : `${r.pick(['A', 'B', 'C'])}${String(r.int(1, 5))}${String(i + 1).padStart(2, '0')}`,
      ),
      r.pick(['RDC', 'R+1', 'R+2', 'R+3', 'R+4', '1er', '2e', '3e']),
      type,
      `${surface},${r.int(0, 99)}`,
    ];
    if (!withStatus) {
      row.push(
        r.pick(['balcon', 'terrasse', 'jardin', 'loggia', '-']),
        `${r.int(0, 40)} m²`,
        euros(r, price),
        euros(r, Math.round(price / surface)),
      );
      if (r.chance(0.5)) row.push(r.pick(['parking', 'box', '2 parkings', 'cave', '-']));
    } else {
      const status = r.pick(['Réservé', 'Acté', 'Disponible', 'Option', 'Contrat signé', 'Désisté', 'Libre']);
      row.push(euros(r, price), status);
      row.push(status === 'Disponible' || status === 'Libre' ? '-' : `${fakePerson(r)}`);
      row.push(status === 'Disponible' || status === 'Libre' ? '-' : fakeDate(r, 'slash'));
    }
    return row;
  });
}

export function writeGrillePrix(r: Random, f: Facts): string {
  const header = [
    'Lot',
    'Étage',
    'Typologie',
    'Surface habitable m²',
    'Annexe',
    'Surface annexe',
    'Prix TTC',
    'Prix/m²',
  ];
  return composeDocument(r, {
    head: [
      r.pick([
        'GRILLE DE PRIX',
        'Grille tarifaire de lancement',
        'Liste de prix des lots',
        'GRILLE DE PRIX – TVA 20 %',
        'Tarifs de vente au',
      ]) + (r.chance(0.5) ? ` ${fakeDate(r)}` : ''),
      `${f.programme} – ${f.city}\n${f.company}${r.chance(0.5) ? ` – ${f.lots} logements` : ''}`,
    ],
    body: [formatTable(r, header, lotRows(r, r.int(8, 40), false))],
    optional: [
      `Prix moyen : ${r.int(3200, 6800)} €/m² habitable TTC – TVA ${r.pick(['20 %', '5,5 % (zone ANRU)', '20 % et 5,5 % selon éligibilité'])}`,
      `Parking en sous-sol : ${fakeAmount(r, 8000, 25000)} TTC – Box fermé : ${fakeAmount(r, 15000, 30000)} TTC`,
      'Prix valables jusqu’au lancement commercial, hors frais de notaire réduits.',
      'Frais de notaire offerts pour toute réservation avant la fin du mois.',
      `Total chiffre d’affaires TTC de la grille : ${fakeAmount(r, 2000000, 40000000)}`,
      'Prix susceptibles de modification sans préavis. Document non contractuel.',
    ],
    shuffleBody: false,
  });
}

export function writeEtatCommercialisation(r: Random, f: Facts): string {
  const rows = lotRows(r, r.int(8, 35), true);
  const reserved = rows.filter((row) => !['Disponible', 'Libre'].includes(row[5] as string)).length;
  const header = [
    'Lot',
    'Étage',
    'Type',
    'SHAB',
    'Prix TTC',
    'Statut',
    'Acquéreur / réservataire',
    'Date de réservation',
  ];
  return composeDocument(r, {
    head: [
      r.pick([
        'ÉTAT DE COMMERCIALISATION',
        'État des ventes',
        'Point commercial au',
        'Tableau de suivi des réservations',
        'ÉTAT DES RÉSERVATIONS ET DES ACTES',
      ]) + (r.chance(0.6) ? ` ${fakeDate(r)}` : ''),
      `Programme ${f.programme} – ${f.city} – ${f.company}`,
    ],
    body: [
      formatTable(r, header, rows),
      `Synthèse : ${reserved} lots réservés ou actés sur ${rows.length}, soit un taux de pré-commercialisation de ${Math.round((100 * reserved) / rows.length)} % ${r.pick(['en nombre', 'en chiffre d’affaires', ''])}`.trim(),
    ],
    optional: [
      `Contrats de réservation signés : ${reserved} – dépôts de garantie encaissés : ${fakeAmount(r, 5000, 300000)} sur compte séquestre.`,
      `Actes authentiques de vente VEFA signés chez ${f.notary} : ${r.int(0, reserved)}.`,
      `Désistements : ${r.int(0, 4)} (refus de prêt, rétractation SRU).`,
      `Investisseurs : ${r.int(0, 60)} %, accédants : ${r.int(20, 100)} %.`,
      `Objectif bancaire de pré-commercialisation : ${r.pick(['40', '50', '60'])} % du chiffre d’affaires avant le premier tirage.`,
      'Source : logiciel de gestion commerciale – extraction automatique.',
    ],
  });
}

export function writeBilanPromoteur(r: Random, f: Facts): string {
  const ca = r.int(30, 400) * 100000;
  const line = (label: string, share: number) => [
    label,
    euros(r, Math.round(ca * share * (0.8 + r.next() * 0.4))),
    `${(share * 100).toFixed(1).replace('.', ',')} %`,
  ];
  const costs = [
    line('Charge foncière (prix du terrain)', 0.15),
    line('Frais d’acquisition et frais de notaire', 0.01),
    line('Taxes et participations (TA, RAP, PUP)', 0.02),
    line('Coût des travaux de construction', 0.55),
    line('Honoraires techniques (architecte, BET, contrôleur technique, SPS)', 0.06),
    line('Assurances (DO, CNR, TRC)', 0.012),
    line('Frais de commercialisation et de publicité', 0.04),
    line('Frais financiers (intérêts, commissions, GFA)', 0.02),
    line('Frais de gestion et de structure', 0.03),
    line('Aléas et imprévus', 0.01),
  ];
  return composeDocument(r, {
    head: [
      r.pick([
        'BILAN PROMOTEUR',
        'Bilan prévisionnel de l’opération',
        'BILAN D’OPÉRATION ACTUALISÉ',
        'Bilan financier prévisionnel et plan de trésorerie',
      ]),
      `Opération ${f.programme} – ${f.lots} logements – ${f.city}\n${f.company} – version ${r.pick(['comité de crédit', 'V2', 'actualisée', 'initiale'])} du ${fakeDate(r)}`,
    ],
    body: [
      `DÉPENSES (HT)\n${formatTable(r, ['Poste', 'Montant HT', '% CA'], r.some(costs, 7, costs.length))}\nPrix de revient total : ${fakeAmount(r, ca * 0.7, ca * 0.95)} HT`,
      `RECETTES\nChiffre d’affaires logements : ${formatEuros(r, ca)} HT\nChiffre d’affaires parkings : ${fakeAmount(r, 100000, 1500000)} HT\nTVA sur marge / TVA collectée : ${fakeAmount(r, 100000, 5000000)}`,
      `MARGE\nMarge brute : ${fakeAmount(r, ca * 0.05, ca * 0.15)} soit ${r.int(6, 14)},${r.int(0, 9)} % du chiffre d’affaires HT\nMarge nette après frais de structure : ${r.int(4, 10)} %`,
    ],
    optional: [
      `PLAN DE TRÉSORERIE\n${formatTable(
        r,
        ['Mois', 'Dépenses', 'Recettes', 'Solde cumulé'],
        Array.from({ length: r.int(4, 12) }, (_, i) => [
          `M${i + 1}`,
          euros(r, r.int(10000, 2000000)),
          euros(r, r.int(0, 2000000)),
          euros(r, r.int(-3000000, 1000000)),
        ]),
      )}`,
      `FINANCEMENT\nFonds propres / apports associés : ${fakeAmount(r, 300000, 3000000)}\nCrédit d’accompagnement ${f.bank} : ${fakeAmount(r, 1000000, 15000000)}\nBesoin de financement maximal (pic de trésorerie) : ${fakeAmount(r, 500000, 8000000)} au mois ${r.int(6, 24)}`,
      `Hypothèses : prix de vente moyen ${r.int(3200, 6800)} €/m² SHAB, coût de construction ${r.int(1500, 2600)} €/m² SDP, durée des travaux ${r.int(14, 30)} mois.`,
      `Écart par rapport au bilan précédent : ${r.pick(['hausse du coût des travaux', 'baisse des prix de vente', 'révision des honoraires'])}.`,
    ],
  });
}
