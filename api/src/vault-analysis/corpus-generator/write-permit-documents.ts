import { composeDocument } from './compose-document';
import { type Facts, fakeDate, fakePerson } from './fake-facts';
import type { Random } from './random-source';

function permitNumber(r: Random, f: Facts): string {
  return `PC ${f.department.padStart(3, '0')} ${r.int(100, 350)} ${r.int(22, 25)} ${r.pick(['X', 'Z', 'P'])}${String(r.int(1, 300)).padStart(4, '0')}`;
}

export function writePermisConstruire(r: Random, f: Facts): string {
  const number = permitNumber(r, f);
  if (r.chance(0.2)) {
    return composeDocument(r, {
      head: [
        r.pick([
          'Plan de masse – PC2',
          'PLAN DE SITUATION – PC1',
          'Notice descriptive du projet – PC4',
          'Plans de façades et toitures – PC5',
        ]),
        `Demande de permis de construire ${number}\n${f.programme} – ${f.city}`,
      ],
      body: [
        `Échelle 1/${r.pick(['200', '500', '2000', '100'])} – Indice ${r.pick(['A', 'B', 'C'])}`,
        `Emprise au sol : ${r.int(300, 3000)} m² – Surface de plancher : ${f.floorArea} m² – Hauteur au faîtage : ${r.int(9, 28)} m`,
        `Architecte : ${fakePerson(r)}, architecte DPLG – Maître d’ouvrage : ${f.company}`,
        'Limites séparatives, voie publique, accès pompiers, places de stationnement, espaces verts de pleine terre.',
      ],
      optional: [
        'Nord ↑',
        'Cotes NGF du terrain naturel',
        'Raccordements aux réseaux',
        'Insertion paysagère PC6',
      ],
    });
  }
  return composeDocument(r, {
    head: [
      `${r.pick(['COMMUNE DE', 'Ville de', 'Mairie de'])} ${f.city.toUpperCase()}`,
      r.pick([
        'ARRÊTÉ ACCORDANT UN PERMIS DE CONSTRUIRE',
        'Arrêté de permis de construire délivré par le maire au nom de la commune',
        'PERMIS DE CONSTRUIRE – ARRÊTÉ MUNICIPAL',
        'Arrêté portant permis de construire modificatif',
      ]),
      `Dossier n° ${number}\nDéposé le ${fakeDate(r)}${r.chance(0.5) ? `, complété le ${fakeDate(r)}` : ''}\nPar : ${f.company}, représentée par ${f.manager}`,
    ],
    body: [
      `Le Maire de ${f.city},\nVu la demande de permis de construire susvisée,\nVu le Code de l’urbanisme, notamment ses articles L421-1 et suivants et R421-1 et suivants,\nVu le Plan Local d’Urbanisme ${r.pick(['approuvé', 'métropolitain approuvé', 'intercommunal approuvé'])} le ${fakeDate(r)},`,
      `Objet : construction d’un ensemble immobilier de ${f.lots} logements ${r.pick(['collectifs', 'intermédiaires et individuels', 'dont 25 % de logements locatifs sociaux'])}, surface de plancher créée ${f.floorArea} m², sur le terrain cadastré ${f.parcel}.`,
      `ARRÊTE\nArticle 1 : Le permis de construire est ACCORDÉ pour le projet décrit dans la demande susvisée${r.chance(0.5) ? ', sous réserve du respect des prescriptions mentionnées aux articles suivants' : ''}.`,
      `Article 2 : ${r.pick(['Les eaux pluviales seront gérées à la parcelle.', 'Les prescriptions du service départemental d’incendie et de secours seront respectées.', 'Le projet est assujetti à la taxe d’aménagement et à la redevance d’archéologie préventive.'])}`,
    ],
    optional: [
      `Vu l’avis ${r.pick(['favorable', 'favorable avec prescriptions'])} de l’Architecte des Bâtiments de France en date du ${fakeDate(r)},`,
      `Vu l’avis du gestionnaire du réseau d’eau potable du ${fakeDate(r)},`,
      'Article 3 : Le bénéficiaire devra déposer une déclaration d’ouverture de chantier (DOC) puis une déclaration attestant l’achèvement et la conformité des travaux (DAACT).',
      'Durée de validité : le permis est périmé si les travaux ne sont pas entrepris dans le délai de trois ans à compter de sa notification.',
      'Le présent arrêté est transmis au représentant de l’État dans les conditions prévues à l’article L2131-2 du Code général des collectivités territoriales.',
      'INFORMATIONS : le bénéficiaire doit afficher le permis sur le terrain pendant toute la durée du chantier. Délais et voies de recours : deux mois à compter du premier jour d’affichage.',
    ],
    tail: [
      `Fait à ${f.city}, le ${fakeDate(r)}\n${r.pick(['Le Maire', 'Pour le Maire et par délégation, l’adjoint à l’urbanisme'])}, ${fakePerson(r)}`,
    ],
  });
}

export function writeAffichageRecours(r: Random, f: Facts): string {
  const number = permitNumber(r, f);
  if (r.chance(0.4)) {
    return composeDocument(r, {
      head: [
        r.pick([
          'ATTESTATION DE NON-RECOURS ET DE NON-RETRAIT',
          'Certificat de non-recours',
          'Attestation de non-retrait',
          'TRIBUNAL ADMINISTRATIF – CERTIFICAT DE NON-RECOURS',
        ]),
        r.pick([
          `Le Maire de la commune de ${f.city}`,
          `Le greffier en chef du tribunal administratif de ${f.city}`,
        ]),
      ],
      body: [
        `certifie que le permis de construire n° ${number} délivré le ${fakeDate(r)} à ${f.company} n’a fait l’objet d’aucun recours gracieux ni contentieux${r.chance(0.5) ? ' enregistré au greffe' : ''} dans le délai de deux mois à compter du premier jour d’affichage sur le terrain.`,
        `Certifie en outre que ledit permis n’a pas fait l’objet d’une décision de retrait dans le délai de trois mois prévu à l’article L424-5 du Code de l’urbanisme.`,
      ],
      optional: [
        `Vu le procès-verbal de constat d’affichage établi par ${r.pick(['Maître', 'la SCP'])} ${fakePerson(r)}, commissaire de justice, le ${fakeDate(r)}.`,
        'Aucune requête n’a été enregistrée à l’encontre de cette autorisation (article R600-1 du Code de l’urbanisme).',
        'Attestation délivrée pour servir et valoir ce que de droit.',
        'Aucun déféré préfectoral n’a été formé.',
      ],
      tail: [`Fait à ${f.city}, le ${fakeDate(r)}`],
    });
  }
  const visit = r.pick(['PREMIER', 'DEUXIÈME', 'TROISIÈME', '']);
  return composeDocument(r, {
    head: [
      r.pick([
        'PROCÈS-VERBAL DE CONSTAT',
        'Procès-verbal de constat d’affichage',
        'CONSTAT D’AFFICHAGE DE PERMIS DE CONSTRUIRE',
      ]) + (visit ? ` – ${visit} PASSAGE` : ''),
      `${r.pick(['SCP', 'SELARL', 'Maître'])} ${fakePerson(r)}\n${r.pick(['Commissaire de justice', 'Huissier de justice', 'Commissaires de justice associés'])} à ${f.city}`,
    ],
    body: [
      `À LA REQUÊTE DE : ${f.company}, ${f.street}, ${f.postcode} ${f.city}, agissant poursuites et diligences de son représentant légal.`,
      `Lequel m’a exposé qu’il est bénéficiaire du permis de construire n° ${number} et qu’il a intérêt à faire constater l’affichage régulier de cette autorisation sur le terrain, conformément aux articles R424-15 et A424-15 et suivants du Code de l’urbanisme.`,
      `Déférant à cette réquisition, je me suis transporté ce jour, ${fakeDate(r, 'words')} à ${r.int(8, 17)} heures ${r.int(0, 59)}, ${f.street} à ${f.city}, où j’ai constaté :`,
      `La présence d’un panneau d’affichage rectangulaire de dimensions supérieures à 80 centimètres, ${r.pick(['fixé sur la clôture de chantier', 'installé en bordure de la voie publique', 'apposé sur un poteau'])}, visible et lisible depuis la voie publique, comportant les mentions suivantes : nom du bénéficiaire, numéro et date du permis, nature du projet, surface de plancher ${f.floorArea} m², hauteur, adresse de la mairie où le dossier peut être consulté, et la mention relative aux délais de recours des tiers.`,
    ],
    optional: [
      `J’ai pris ${r.int(2, 12)} photographies qui sont annexées au présent procès-verbal.`,
      'Droit de recours : le délai de recours contentieux est de deux mois à compter du premier jour d’une période continue de deux mois d’affichage sur le terrain (article R600-2 du Code de l’urbanisme).',
      'Mes constatations terminées, je me suis retiré et j’ai dressé le présent procès-verbal pour servir et valoir ce que de droit.',
      `Coût de l’acte : ${r.int(150, 450)},${r.int(10, 99)} € TTC`,
    ],
    tail: [`${r.pick(['Le commissaire de justice', 'L’huissier de justice', 'Signé électroniquement'])}`],
  });
}
