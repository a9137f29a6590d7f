import { composeDocument, formatTable } from './compose-document';
import { type Facts, fakeAmount, fakeDate, fakePerson, formatSiren } from './fake-facts';
import type { Random } from './random-source';

export function writeGaranties(r: Random, f: Facts): string {
  const kind = r.int(0, 4);
  const amount = fakeAmount(r, 1000000, 30000000);
  const head = [
    [
      'GARANTIE FINANCIÈRE D’ACHÈVEMENT',
      'Attestation de garantie financière d’achèvement (GFA)',
      'CONVENTION DE GARANTIE FINANCIÈRE D’ACHÈVEMENT',
    ],
    ['ACTE DE CAUTIONNEMENT SOLIDAIRE', 'Engagement de caution personnelle et solidaire', 'Caution bancaire'],
    [
      'ACTE DE NANTISSEMENT DE PARTS SOCIALES',
      'Nantissement du compte-titres et des parts sociales',
      'Déclaration de nantissement',
    ],
    [
      'CESSION DE CRÉANCES PROFESSIONNELLES (loi Dailly)',
      'Acte de cession de créances à titre de garantie',
      'Délégation des créances de prix de vente',
    ],
    [
      'AFFECTATION HYPOTHÉCAIRE',
      'Inscription d’hypothèque conventionnelle – bordereau',
      'Garantie autonome à première demande',
    ],
  ][kind] as string[];
  const bodies: string[][] = [
    [
      `${f.bank} (le « Garant ») s’engage envers les acquéreurs des lots de l’immeuble ${f.programme} à ${f.city}, vendus en l’état futur d’achèvement par ${f.company}, à payer les sommes nécessaires à l’achèvement de l’immeuble, conformément aux articles L261-10-1 et R261-21 du Code de la construction et de l’habitation.`,
      `Montant maximum de la garantie : ${amount}. La garantie prend fin à l’achèvement de l’immeuble constaté dans les conditions de l’article R261-24 du CCH.`,
      `Le Garant pourra exiger que les fonds versés par les acquéreurs soient encaissés sur un compte centralisateur ouvert dans ses livres.`,
    ],
    [
      `Je soussigné(e) ${fakePerson(r)}, déclare me porter caution personnelle et solidaire de ${f.company} envers ${f.bank}, dans la limite de la somme de ${amount} couvrant le paiement du principal, des intérêts et le cas échéant des pénalités ou intérêts de retard, pour une durée de ${r.int(2, 10)} ans.`,
      'En renonçant au bénéfice de discussion défini à l’article 2305 du Code civil et en m’obligeant solidairement avec le débiteur, je m’engage à rembourser le créancier sans pouvoir exiger qu’il poursuive préalablement le débiteur.',
      `Mention manuscrite conforme aux articles 2297 et suivants du Code civil.`,
    ],
    [
      `${f.group} (le « Constituant ») affecte en nantissement au profit de ${f.bank} (le « Bénéficiaire ») la totalité des ${r.int(100, 10000)} parts sociales qu’il détient dans le capital de ${f.company}, RCS ${f.city} ${formatSiren(f.siren)}.`,
      `Obligations garanties : toutes sommes dues au titre du crédit d’accompagnement d’un montant de ${amount}.`,
      'Le nantissement sera signifié à la société et publié conformément aux articles 2355 et suivants du Code civil.',
    ],
    [
      `${f.company} cède à ${f.bank}, à titre de garantie, les créances de prix de vente nées des contrats de vente en l’état futur d’achèvement, conformément aux articles L313-23 et suivants du Code monétaire et financier.`,
      `Bordereau de cession n° ${r.int(1, 999)} – montant total des créances cédées : ${amount}.`,
      'La banque cessionnaire pourra notifier la cession aux débiteurs cédés à tout moment.',
    ],
    [
      `${f.company} affecte et hypothèque au profit de ${f.bank} le terrain cadastré ${f.parcel} à ${f.city} et les constructions à édifier, en garantie du remboursement du crédit de ${amount} en principal, outre intérêts, frais et accessoires évalués à ${r.int(5, 20)} %.`,
      `Date d’extrême effet de l’inscription : ${fakeDate(r)}. Rang : premier rang${r.chance(0.5) ? ', sans concurrence' : ''}.`,
      'Le garant s’engage à payer à première demande, sans pouvoir opposer aucune exception tirée du contrat de base.',
    ],
  ];
  return composeDocument(r, {
    head: [
      r.pick(head),
      `Opération ${f.programme} – ${f.city}\nBénéficiaire : ${f.bank}${r.chance(0.5) ? `\nDonneur d’ordre : ${f.company}` : ''}`,
    ],
    body: bodies[kind] as string[],
    optional: [
      `Commission de garantie : ${r.int(5, 15)}/10 % l’an sur l’encours.`,
      'Mainlevée : la banque donnera mainlevée à l’achèvement ou au remboursement intégral.',
      `Conditions préalables : pré-commercialisation de ${r.pick(['40', '50', '60'])} %, permis purgé, apport en fonds propres.`,
      'Loi applicable : droit français. Tribunal compétent : tribunal judiciaire du siège du bénéficiaire.',
      `Signé électroniquement par ${fakePerson(r)} pour ${f.bank}.`,
    ],
    tail: [`Fait à ${f.city}, le ${fakeDate(r)}`],
  });
}

export function writeNotarial(r: Random, f: Facts): string {
  const kind = r.int(0, 3);
  const draft = r.pick([
    'PROJET',
    `Projet n° ${r.int(1, 9)}`,
    'Version de travail',
    'PROJET – document non contractuel',
    `Projet du ${fakeDate(r)}`,
  ]);
  if (kind === 0) {
    return composeDocument(r, {
      head: [
        draft,
        r.pick([
          'ÉTAT DESCRIPTIF DE DIVISION – RÈGLEMENT DE COPROPRIÉTÉ',
          'Règlement de copropriété et état descriptif de division',
          'EDD / RCP',
        ]),
        `Immeuble ${f.programme}, ${f.street}, ${f.city}\nRequérant : ${f.company}\nÉtude de ${f.notary}`,
      ],
      body: [
        'PREMIÈRE PARTIE – DÉSIGNATION ET DIVISION DE L’IMMEUBLE. L’immeuble est divisé en lots comprenant chacun une partie privative et une quote-part des parties communes exprimée en tantièmes.',
        formatTable(
          r,
          ['Lot', 'Bâtiment', 'Escalier', 'Étage', 'Nature', 'Tantièmes'],
          Array.from({ length: r.int(5, 20) }, (_, i) => [
            String(i + 1),
            r.pick(['A', 'B']),
            '1',
            String(r.int(0, 5)),
            r.pick(['Appartement', 'Parking', 'Cave', 'Local commercial']),
            `${r.int(5, 400)}/10000e`,
          ]),
        ),
        'DEUXIÈME PARTIE – DROITS ET OBLIGATIONS DES COPROPRIÉTAIRES. Parties communes générales et spéciales, usage des parties privatives, charges de copropriété réparties selon l’article 10 de la loi du 10 juillet 1965.',
      ],
      optional: [
        'Syndic provisoire désigné jusqu’à la première assemblée générale.',
        'Servitudes entre bâtiments.',
        'Le présent règlement sera publié au service de la publicité foncière.',
      ],
    });
  }
  if (kind === 1) {
    return composeDocument(r, {
      head: [
        r.pick([
          'NOTICE DESCRIPTIVE',
          'Notice descriptive sommaire',
          'NOTICE DESCRIPTIVE – conforme à l’arrêté du 10 mai 1968',
        ]),
        `${f.programme} – ${f.lots} logements – ${f.city}\n${f.company}${r.chance(0.5) ? ' – annexe à l’acte de vente' : ''}`,
      ],
      body: r.shuffle([
        `1. CARACTÉRISTIQUES TECHNIQUES GÉNÉRALES DE L’IMMEUBLE\n1.1 Infrastructure : fouilles, ${r.pick(['fondations par semelles', 'fondations sur pieux'])} selon étude de sol.\n1.2 Murs et ossature : voiles en béton armé, ${r.pick(['isolation thermique par l’intérieur', 'isolation thermique par l’extérieur'])}.`,
        `2. LOCAUX PRIVATIFS ET LEURS ÉQUIPEMENTS\n2.1 Sols et plinthes : ${r.pick(['parquet stratifié', 'carrelage grès cérame 45x45', 'revêtement PVC'])} dans les pièces sèches.\n2.2 Menuiseries extérieures : ${r.pick(['PVC double vitrage', 'aluminium', 'bois-alu'])}, volets roulants électriques.`,
        `3. ÉQUIPEMENTS : chauffage par ${r.pick(['pompe à chaleur collective', 'chaudière gaz individuelle à condensation', 'réseau de chaleur urbain'])}, ventilation mécanique contrôlée ${r.pick(['simple flux hygroréglable', 'double flux'])}, conformité RE2020.`,
        '4. ANNEXES PRIVATIVES : caves, parkings en sous-sol, jardins privatifs engazonnés, clôtures.',
        '5. PARTIES COMMUNES INTÉRIEURES : hall d’entrée, boîtes aux lettres, ascenseur desservant tous les niveaux.',
      ]),
      optional: [
        'Le vendeur se réserve le droit de remplacer les matériaux par des matériaux de qualité équivalente.',
        'Les marques sont données à titre indicatif.',
      ],
      shuffleBody: false,
    });
  }
  if (kind === 2) {
    return composeDocument(r, {
      head: [
        draft,
        r.pick([
          'VENTE EN L’ÉTAT FUTUR D’ACHÈVEMENT',
          'Projet d’acte de vente en l’état futur d’achèvement (VEFA)',
          'ACTE DE VENTE VEFA',
        ]),
        `${f.notary}, notaire à ${f.city}`,
      ],
      body: [
        `VENDEUR : ${f.company}\nACQUÉREUR : ${fakePerson(r)} et ${fakePerson(r)}, mariés sous le régime de la communauté.`,
        `DÉSIGNATION : dans l’ensemble immobilier ${f.programme} à édifier à ${f.city}, le lot numéro ${r.int(1, 120)} : un appartement de type T${r.int(1, 5)} au ${r.int(1, 5)}e étage et les ${r.int(50, 400)}/10000e des parties communes générales.`,
        `PRIX : ${fakeAmount(r, 150000, 600000)} TTC, payable selon l’échelonnement de l’article R261-14 du CCH : 35 % à l’achèvement des fondations, 70 % à la mise hors d’eau, 95 % à l’achèvement, le solde à la livraison.`,
        `GARANTIE FINANCIÈRE D’ACHÈVEMENT délivrée par ${f.bank}, dont l’attestation est annexée. Assurance dommages-ouvrage souscrite auprès de ${f.insurer}.`,
      ],
      optional: [
        'Délai d’achèvement : les biens seront achevés au plus tard à la fin du ' +
          r.pick(['deuxième', 'troisième', 'quatrième']) +
          ' trimestre ' +
          r.int(2025, 2028) +
          '.',
        'Le règlement de copropriété et la notice descriptive ont été déposés au rang des minutes du notaire.',
        'Faculté de rétractation de dix jours (article L271-1 du CCH).',
        'Causes légitimes de suspension du délai de livraison : intempéries, grève, défaillance d’entreprise.',
      ],
    });
  }
  return composeDocument(r, {
    head: [
      draft,
      r.pick([
        'ACTE DE PRÊT',
        'Projet d’acte authentique de prêt',
        'OUVERTURE DE CRÉDIT – acte notarié',
        'Prêt avec affectation hypothécaire',
      ]),
      `${f.notary}, notaire associé à ${f.city}`,
    ],
    body: [
      `PRÊTEUR : ${f.bank}\nEMPRUNTEUR : ${f.company}, RCS ${f.city} ${formatSiren(f.siren)}`,
      `Montant du prêt : ${fakeAmount(r, 1000000, 20000000)} – Durée : ${r.int(18, 48)} mois – Taux : Euribor 3 mois + ${r.int(150, 350)} points de base.`,
      `Objet : financement de l’acquisition du terrain et des travaux de construction de l’ensemble immobilier ${f.programme}.`,
      'GARANTIES : privilège de prêteur de deniers et hypothèque conventionnelle en premier rang sur le terrain ; nantissement des parts sociales.',
    ],
    optional: [
      'Conditions suspensives et conditions préalables au premier tirage.',
      'Exigibilité anticipée en cas de défaut.',
      'Le notaire délivrera une copie exécutoire au prêteur.',
      'Déclarations de l’emprunteur : absence de procédure collective.',
    ],
  });
}
