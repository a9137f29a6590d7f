import { composeDocument, formatTable } from './compose-document';
import { type Facts, fakeAmount, fakeDate, fakePerson, formatSiren } from './fake-facts';
import type { Random } from './random-source';

export function writeTitrePropriete(r: Random, f: Facts): string {
  const seller = `${r.pick(['Monsieur', 'Madame', 'Les consorts', 'La société'])} ${fakePerson(r)}`;
  const price = fakeAmount(r, 250000, 6000000);
  if (r.chance(0.45)) {
    return composeDocument(r, {
      head: [
        r.pick([
          'ACTE DE VENTE',
          'VENTE DE TERRAIN',
          'Attestation de propriété immobilière',
          'COPIE AUTHENTIQUE – VENTE',
        ]),
        `L’AN ${r.pick(['DEUX MILLE VINGT', 'DEUX MILLE DIX-NEUF', 'DEUX MILLE VINGT-DEUX', 'DEUX MILLE VINGT-TROIS'])}, LE ${fakeDate(r, 'words').toUpperCase()}\n${f.notary}, notaire à ${f.city}, a reçu le présent acte authentique de vente.`,
      ],
      body: [
        `VENDEUR : ${seller}, demeurant à ${f.city}.\nACQUÉREUR : ${r.chance(0.6) ? f.company : `${f.group}`}, immatriculée au RCS de ${f.city} sous le numéro ${formatSiren(f.siren)}.`,
        `DÉSIGNATION\nÀ ${f.city} (${f.department}), ${f.street}, un terrain ${r.pick(['à bâtir', 'nu', 'supportant un hangar à démolir'])} figurant au cadastre ${f.parcel} pour une contenance de ${r.int(5, 90)}a ${r.int(10, 99)}ca.`,
        `ORIGINE DE PROPRIÉTÉ\nLe bien appartient au vendeur pour l’avoir acquis suivant acte reçu par Maître ${fakePerson(r)}, notaire, le ${fakeDate(r)}, publié au service de la publicité foncière de ${f.city} volume ${r.int(2000, 2024)}P n° ${r.int(1, 9999)}.`,
        `PRIX\nLa vente est consentie et acceptée moyennant le prix de ${price}, payé comptant ce jour par la comptabilité du notaire.`,
        `PROPRIÉTÉ – JOUISSANCE\nL’acquéreur est propriétaire du bien vendu à compter de ce jour et en a la jouissance par la prise de possession réelle.`,
      ],
      optional: [
        'PUBLICITÉ FONCIÈRE\nL’acte sera publié au service de la publicité foncière compétent. Effet relatif.',
        'SERVITUDES\nL’acquéreur profitera des servitudes actives et supportera les servitudes passives.',
        'URBANISME\nUne note de renseignements d’urbanisme et un certificat d’urbanisme sont annexés.',
        'DROIT DE PRÉEMPTION URBAIN\nLa commune a renoncé à exercer son droit de préemption.',
        'DIAGNOSTICS\nÉtat des risques et pollutions annexé.',
      ],
    });
  }
  return composeDocument(r, {
    head: [
      r.pick([
        'PROMESSE UNILATÉRALE DE VENTE',
        'Promesse de vente sous conditions suspensives',
        'COMPROMIS DE VENTE',
        'AVENANT À LA PROMESSE UNILATÉRALE DE VENTE',
      ]),
      `ENTRE LES SOUSSIGNÉS :\n${seller}, ci-après dénommé « le PROMETTANT »\nET\n${f.company}, ci-après dénommée « le BÉNÉFICIAIRE »`,
    ],
    body: [
      `Le PROMETTANT confère au BÉNÉFICIAIRE, qui l’accepte en tant que promesse, la faculté d’acquérir le terrain situé à ${f.city}, cadastré ${f.parcel}, d’une contenance de ${r.int(900, 12000)} m².`,
      `DURÉE – La présente promesse est consentie pour une durée expirant le ${fakeDate(r)} à seize heures. La levée d’option devra être notifiée au notaire.`,
      `PRIX – La vente, si elle se réalise, aura lieu moyennant le prix de ${price} hors taxes.`,
      `INDEMNITÉ D’IMMOBILISATION – Les parties conviennent d’une indemnité d’immobilisation de ${fakeAmount(r, 10000, 400000)}, ${r.pick(['versée entre les mains du notaire séquestre', 'garantie par une caution bancaire', 'payable en cas de non-réalisation fautive'])}.`,
      `CONDITIONS SUSPENSIVES au profit du BÉNÉFICIAIRE :\n- obtention d’un permis de construire pour ${f.lots} logements, purgé de tout recours des tiers et de tout retrait administratif ;\n- ${r.pick(['absence de pollution des sols nécessitant des travaux de dépollution', 'obtention d’un financement bancaire', 'pré-commercialisation d’au moins 40 % des lots'])} ;\n- absence de servitude ou de prescription archéologique.`,
    ],
    optional: [
      'FACULTÉ DE SUBSTITUTION – Le bénéficiaire pourra se substituer toute personne morale qu’il contrôle, notamment une société civile de construction vente.',
      `ORIGINE DE PROPRIÉTÉ – Le promettant est propriétaire pour l’avoir recueilli dans la succession de ${fakePerson(r)}.`,
      'DROIT DE PRÉEMPTION – La déclaration d’intention d’aliéner sera adressée à la commune.',
      `La réitération par acte authentique aura lieu en l’étude de ${f.notary}.`,
      'Le promettant s’interdit de conférer à quiconque un droit réel ou personnel sur le bien.',
    ],
    tail: [`Fait à ${f.city}, le ${fakeDate(r)}\nLe PROMETTANT                Le BÉNÉFICIAIRE`],
  });
}

export function writeEtatHypothecaire(r: Random, f: Facts): string {
  const inscriptions = Array.from({ length: r.int(0, 4) }, () => [
    fakeDate(r, 'slash'),
    `${r.int(2000, 2025)}V${r.int(100, 9999)}`,
    r.pick([
      'Hypothèque conventionnelle',
      'Privilège de prêteur de deniers',
      'Hypothèque légale',
      'Hypothèque judiciaire provisoire',
    ]),
    r.pick(['Crédit Agricole', 'Caisse d’Épargne', 'BNP Paribas', 'Trésor public']),
    fakeAmount(r, 20000, 3000000),
    fakeDate(r, 'slash').replace(/\d{4}$/, String(r.int(2026, 2045))),
  ]);
  return composeDocument(r, {
    head: [
      r.pick(['DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES', 'DGFiP']),
      `Service de la publicité foncière de ${f.city}${r.chance(0.5) ? ` ${r.int(1, 3)}` : ''}`,
      r.pick([
        'DEMANDE DE RENSEIGNEMENTS – ÉTAT HORS FORMALITÉ',
        'État hypothécaire hors formalité',
        'CERTIFICAT – RELEVÉ DES FORMALITÉS PUBLIÉES',
        'État sur formalité',
      ]),
    ],
    body: [
      `Réquisition n° ${r.int(2023, 2026)}H${r.int(1000, 99999)} déposée le ${fakeDate(r)} par ${f.notary}, notaire à ${f.city}.`,
      `Immeuble : commune de ${f.city}, ${f.parcel}, lieu-dit ${f.street}.\nPersonne : ${r.chance(0.5) ? f.company : fakePerson(r)}`,
      `Période de certification : du ${fakeDate(r)} au ${fakeDate(r)}`,
      inscriptions.length > 0
        ? `INSCRIPTIONS D’HYPOTHÈQUES ET PRIVILÈGES\n${formatTable(r, ['Date de dépôt', 'Volume', 'Nature', 'Créancier', 'Montant en principal', 'Date d’extrême effet'], inscriptions)}`
        : r.pick([
            'Il n’existe aucune inscription d’hypothèque ou de privilège non périmée.',
            'NÉANT – aucune inscription en cours de validité.',
          ]),
    ],
    optional: [
      `PUBLICATIONS : vente du ${fakeDate(r)}, publiée le ${fakeDate(r)}, volume ${r.int(2000, 2025)}P n° ${r.int(1, 9999)}.`,
      `Radiation : mainlevée partielle de l’inscription du ${fakeDate(r)}.`,
      'Fiche immeuble – relevé des formalités publiées depuis le 1er janvier 1956.',
      `Saisies : néant. Commandements valant saisie : néant.`,
      'Le présent état est délivré sous réserve des formalités en cours.',
      `Frais : ${fakeAmount(r, 100, 900)} – contribution de sécurité immobilière.`,
    ],
    tail: [`Délivré le ${fakeDate(r)} – Le service de la publicité foncière`],
  });
}

export function writeEtudesSol(r: Random, f: Facts): string {
  if (r.chance(0.4)) {
    return composeDocument(r, {
      head: [
        r.pick([
          'DIAGNOSTIC DE POLLUTION DES SOLS',
          'Étude historique et documentaire – Phase 1',
          'Diagnostic environnemental du milieu souterrain',
          'Plan de gestion – sites et sols pollués',
        ]),
        `Site : ${f.street}, ${f.city} – ${f.parcel}\nClient : ${f.company}\nRéférence : ${r.pick(['ENV', 'SSP', 'DIAG'])}-${r.int(1000, 9999)}`,
      ],
      body: [
        `Étude historique : le site a accueilli ${r.pick(['une station-service', 'un garage automobile', 'un atelier de métallurgie', 'une blanchisserie industrielle', 'des activités agricoles'])}. Consultation des bases BASIAS/CASIAS et BASOL.`,
        `Investigations : ${r.int(4, 25)} sondages à la tarière mécanique jusqu’à ${r.int(2, 6)} m, prélèvements de sols, pose de ${r.int(1, 4)} piézairs.`,
        `Résultats analytiques : ${r.pick(['teneurs en hydrocarbures totaux (HCT C10-C40) supérieures aux valeurs de référence', 'présence de métaux lourds (plomb, zinc) dans les remblais', 'composés organo-halogénés volatils (COHV) détectés dans les gaz du sol', 'absence d’anomalie significative'])}.`,
        `Conclusions : ${r.pick(['la compatibilité sanitaire du site avec l’usage résidentiel projeté est démontrée sous réserve d’évacuation des terres impactées en filière adaptée (ISDI, ISDND)', 'une analyse des risques résiduels (ARR) et une EQRS sont recommandées', 'aucune mesure de gestion particulière n’est requise'])}.`,
      ],
      optional: [
        'Méthodologie conforme à la norme NF X 31-620 (prestations de services relatives aux sites et sols pollués).',
        `Coût estimé de la gestion des terres : ${fakeAmount(r, 20000, 900000)} HT.`,
        'Schéma conceptuel : sources, voies de transfert, cibles.',
        'Recouvrement des espaces verts par 30 cm de terre saine.',
      ],
    });
  }
  const mission = r.pick(['G1 ES', 'G1 PGC', 'G2 AVP', 'G2 PRO', 'G5']);
  return composeDocument(r, {
    head: [
      r.pick([
        `RAPPORT D’ÉTUDE GÉOTECHNIQUE – MISSION ${mission}`,
        `Étude géotechnique de conception ${mission}`,
        `Étude de sol préalable (${mission})`,
        'RAPPORT GÉOTECHNIQUE',
      ]),
      `Projet : construction de ${f.lots} logements – ${f.programme}\nAdresse : ${f.street}, ${f.city}\nMaître d’ouvrage : ${f.company}\nDossier ${r.pick(['GEO', 'G', 'SOL'])}${r.int(10000, 99999)}`,
    ],
    body: [
      `Mission ${mission} selon la norme NF P 94-500 relative aux missions d’ingénierie géotechnique.`,
      `Investigations : ${r.int(2, 8)} sondages pressiométriques jusqu’à ${r.int(8, 30)} m, ${r.int(2, 10)} essais au pénétromètre dynamique, ${r.int(0, 3)} piézomètres.`,
      `Lithologie : remblais sur ${r.int(1, 3)} m, puis ${r.pick(['limons argileux', 'argiles plastiques', 'sables et graviers', 'marnes', 'calcaire altéré', 'schistes altérés'])}, substratum rencontré à ${r.int(4, 20)} m.`,
      `Hydrogéologie : ${r.pick(['nappe phréatique relevée à', 'venues d’eau observées à', 'niveau d’eau stabilisé à'])} ${r.int(1, 9)} m de profondeur.`,
      `Fondations : ${r.pick(['fondations superficielles par semelles filantes ancrées dans les limons', 'fondations profondes par pieux forés tarière creuse', 'radier général', 'puits descendus au substratum'])}, contrainte de calcul ELS ${r.int(1, 6)}${r.chance(0.5) ? ',5' : ''} bars.`,
    ],
    optional: [
      `Aléa retrait-gonflement des argiles : ${r.pick(['faible', 'moyen', 'fort'])}. Zone de sismicité ${r.int(1, 4)}.`,
      'Dallage sur terre-plein après purge des remblais et couche de forme.',
      'Terrassements : talus provisoires à 3H/2V, rabattement de nappe possible.',
      'Le présent rapport doit être complété par une mission G2 PRO puis G3 et G4 en phase travaux.',
      `Coupe de sondage SP${r.int(1, 9)} : 0,00 – 1,20 remblais ; 1,20 – 6,50 argile ; module pressiométrique EM = ${r.int(3, 40)} MPa.`,
    ],
    tail: [
      `Bureau d’études géotechniques ${r.pick(['Fondasol', 'Ginger CEBTP', 'Sols Conseil', 'Hydrogéotechnique', 'Geotec'])} – ${fakeDate(r)}`,
    ],
  });
}
