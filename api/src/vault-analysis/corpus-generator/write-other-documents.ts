import { composeDocument, formatTable } from './compose-document';
import { type Facts, fakeAmount, fakeDate, fakePerson, fakeSiren, formatSiren } from './fake-facts';
import type { Random } from './random-source';

/** « Autre »: what also lands in a deal room but belongs to no checklist category. */
export function writeAutre(r: Random, f: Facts): string {
  const kind = r.int(0, 7);
  const person = fakePerson(r);
  switch (kind) {
    case 0:
      return composeDocument(r, {
        head: [
          r.pick(['FACTURE', 'Facture n°', 'FACTURE D’ACOMPTE', 'Avoir']) +
            ` ${r.pick(['F', 'FA', ''])}${r.int(2023, 2026)}-${r.int(100, 9999)}`,
          `${r.pick(['Imprimerie du Centre', 'Nettoyage Pro Services', 'Fournitures Bureau Plus', 'Traiteur Les Saveurs', 'Agence Web Pixel', 'Location Matériel 44'])}\nSIRET ${formatSiren(fakeSiren(r))} 000${r.int(10, 99)}`,
        ],
        body: [
          `Client : ${r.chance(0.5) ? f.group : f.company}\nDate de facture : ${fakeDate(r)} – Échéance : ${fakeDate(r)}`,
          formatTable(
            r,
            ['Désignation', 'Quantité', 'Prix unitaire HT', 'Total HT'],
            Array.from({ length: r.int(1, 6) }, () => [
              r.pick([
                'Ramettes papier A4',
                'Prestation de ménage des bureaux',
                'Cocktail inauguration',
                'Maintenance site internet',
                'Location nacelle',
                'Cartouches d’encre',
                'Plaquettes commerciales',
              ]),
              String(r.int(1, 50)),
              String(r.int(5, 900)),
              String(r.int(50, 9000)),
            ]),
          ),
          `Total HT : ${fakeAmount(r, 100, 20000)}\nTVA 20 % : ${fakeAmount(r, 20, 4000)}\nNet à payer TTC : ${fakeAmount(r, 120, 24000)}`,
        ],
        optional: [
          'Conditions de paiement : 30 jours fin de mois. Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
          'RIB : FR76 3000 4000 0500 0012 3456 789',
          'Merci de votre confiance.',
        ],
      });
    case 1:
      return composeDocument(r, {
        head: [
          `De : ${person} <${person.split(' ')[0]?.toLowerCase()}@${r.pick(['gmail.com', 'orange.fr', 'groupe.fr'])}>\nÀ : ${fakePerson(r)}\nObjet : ${r.pick(['RE: point de la semaine', 'Réunion de jeudi', 'TR: documents manquants', 'Congés d’été', 'Déjeuner vendredi ?', 'Nouveau badge d’accès', `RE: dossier ${f.programme}`])}\nDate : ${fakeDate(r)}`,
        ],
        body: [
          r.pick(['Bonjour,', 'Bonjour à tous,', 'Salut,']),
          r.pick([
            'Je vous confirme notre rendez-vous de jeudi à 10h dans nos locaux. Merci de me dire si l’horaire vous convient.',
            'Pourriez-vous me renvoyer les pièces demandées la semaine dernière ? Je reste à votre disposition pour en parler.',
            'Je serai absent du 3 au 21 août. En cas d’urgence, merci de contacter ma collègue.',
            'Suite à notre échange téléphonique, je vous adresse en pièce jointe la présentation évoquée.',
            'Le parking sera fermé lundi pour travaux de marquage au sol.',
          ]),
          `${r.pick(['Bien cordialement,', 'Belle journée,', 'Cordialement,', 'Bien à vous,'])}\n${person}`,
        ],
        optional: [
          'Ce message et ses pièces jointes sont confidentiels.',
          'Pensez à l’environnement avant d’imprimer ce courriel.',
          `> Le ${fakeDate(r)}, ${fakePerson(r)} a écrit :\n> Merci pour ton retour.`,
        ],
        shuffleBody: false,
      });
    case 2:
      return composeDocument(r, {
        head: [
          r.pick([
            'COMPTE RENDU DE RÉUNION',
            'Compte-rendu',
            'Relevé de décisions',
            'Procès-verbal de réunion d’équipe',
          ]),
          `Date : ${fakeDate(r)} – Lieu : ${r.pick(['visioconférence', 'salle Loire', 'siège'])}\nParticipants : ${person}, ${fakePerson(r)}, ${fakePerson(r)}`,
        ],
        body: [
          `Ordre du jour :\n1. ${r.pick(['Point commercial', 'Organisation du séminaire', 'Recrutements', 'Budget communication'])}\n2. ${r.pick(['Questions diverses', 'Planning des congés', 'Outils informatiques'])}`,
          r.pick([
            'Il est décidé de reporter le séminaire au printemps.',
            'Le nouveau logiciel de messagerie sera déployé le mois prochain.',
            'Deux postes d’assistant sont ouverts.',
            'Le budget événementiel est reconduit à l’identique.',
          ]),
          `Actions : ${fakePerson(r)} – préparer la note ; ${fakePerson(r)} – relancer le prestataire. Prochaine réunion le ${fakeDate(r)}.`,
        ],
        optional: ['Tour de table sans observation.', 'Fin de la réunion à 11h30.'],
      });
    case 3:
      return composeDocument(r, {
        head: [
          r.pick(['CURRICULUM VITAE', 'CV', person]),
          `${person}\n${r.pick(['Chargée de programmes immobiliers', 'Assistant commercial', 'Juriste', 'Conducteur de travaux', 'Comptable'])}\n${r.int(25, 55)} ans – permis B`,
        ],
        body: [
          `EXPÉRIENCE PROFESSIONNELLE\n${r.int(2010, 2024)} – aujourd’hui : ${r.pick(['responsable de programmes', 'assistante de direction', 'chargé d’affaires', 'stagiaire'])} chez ${f.group}\n${r.int(2000, 2015)} – ${r.int(2010, 2020)} : ${r.pick(['gestionnaire locatif', 'vendeur', 'assistant juridique'])}`,
          `FORMATION\n${r.pick(['Master 2 droit immobilier', 'BTS professions immobilières', 'École d’ingénieurs', 'Licence AES'])} – Université de ${f.city}`,
          `COMPÉTENCES\n${r.some(['Pack Office', 'anglais courant', 'gestion de projet', 'négociation', 'AutoCAD', 'SAP'], 2, 5).join(', ')}`,
          `CENTRES D’INTÉRÊT\n${r.some(['course à pied', 'voile', 'photographie', 'bénévolat', 'lecture', 'cuisine'], 1, 3).join(', ')}`,
        ],
      });
    case 4:
      return composeDocument(r, {
        head: [
          r.pick(['NOTE DE FRAIS', 'État de frais de déplacement']),
          `Salarié : ${person} – Mois : ${fakeDate(r, 'words').replace(/^\S+\s/, '')}`,
        ],
        body: [
          formatTable(
            r,
            ['Date', 'Nature', 'Montant TTC'],
            Array.from({ length: r.int(2, 8) }, () => [
              fakeDate(r, 'slash'),
              r.pick(['Train', 'Repas client', 'Hôtel', 'Taxi', 'Péage', 'Parking']),
              String(r.int(5, 250)),
            ]),
          ),
          `Total à rembourser : ${fakeAmount(r, 50, 1500)}`,
        ],
        optional: ['Justificatifs joints.', 'Visa du responsable :'],
      });
    case 5:
      return composeDocument(r, {
        head: [
          r.pick(['BULLETIN DE PAIE', 'Bulletin de salaire']),
          `Employeur : ${f.group} – Salarié : ${person}\nPériode : ${fakeDate(r, 'words').replace(/^\S+\s/, '')}`,
        ],
        body: [
          formatTable(
            r,
            ['Rubrique', 'Base', 'Taux', 'Montant'],
            r
              .some(
                [
                  'Salaire de base',
                  'Heures supplémentaires',
                  'Sécurité sociale maladie',
                  'Retraite complémentaire',
                  'CSG déductible',
                  'Tickets restaurant',
                  'Mutuelle',
                ],
                4,
                7,
              )
              .map((x) => [x, String(r.int(100, 5000)), `${r.int(1, 20)} %`, String(r.int(10, 4000))]),
          ),
          `Net à payer avant impôt : ${fakeAmount(r, 1500, 6000)}`,
        ],
        optional: ['Congés payés acquis : 2,08 jours.', 'Convention collective de la promotion immobilière.'],
      });
    case 6:
      return composeDocument(r, {
        head: [
          r.pick(['LETTRE D’INFORMATION', 'Newsletter', 'Communiqué de presse']),
          `${f.group} – ${fakeDate(r)}`,
        ],
        body: [
          r.pick([
            'Notre groupe a reçu le trophée de la meilleure entreprise régionale.',
            'Retour en images sur notre soirée de fin d’année.',
            'Découvrez nos nouvelles agences et nos équipes.',
            'Le marché immobilier résidentiel reste dynamique dans l’Ouest selon notre observatoire.',
          ]),
          r.pick([
            'Nos collaborateurs se sont mobilisés pour une course solidaire.',
            'Agenda : salon de l’immobilier les 12 et 13 octobre.',
            'Bienvenue à nos nouveaux collaborateurs.',
          ]),
        ],
        optional: ['Pour vous désabonner, cliquez ici.', 'Suivez-nous sur les réseaux sociaux.'],
      });
    default:
      return composeDocument(r, {
        head: [
          r.pick(['CONVOCATION', 'Invitation', 'Attestation employeur', 'Plan d’accès']),
          `${person} – ${f.city}`,
        ],
        body: [
          r.pick([
            `Vous êtes invité à la soirée de lancement le ${fakeDate(r)} à 19h.`,
            `Je soussigné ${fakePerson(r)}, atteste que ${person} est employé dans notre société depuis le ${fakeDate(r)}.`,
            `Accès : tramway ligne ${r.int(1, 3)}, arrêt ${r.pick(['Commerce', 'Gare', 'Hôtel de Ville'])}. Parking visiteurs au sous-sol.`,
          ]),
          r.pick([
            'Merci de confirmer votre présence.',
            'Pour servir et valoir ce que de droit.',
            'Badge à retirer à l’accueil.',
          ]),
        ],
        optional: ['Dress code : tenue de ville.', 'Contact : accueil.'],
      });
  }
}
