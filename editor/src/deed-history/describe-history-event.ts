import type { DeedHistoryEvent } from '@deedroom/shared';
import { describePerson, describeVersion } from '../deed-versions/describe-person';
import { formatClock, formatPeriod } from './format-french-time';

/** « de Banque Horizon », « d’Atlantique Promotion »: French elision before a vowel. */
function ofOrg(name: string): string {
  return /^[aeiouyhâàéèêëîïôöûüœ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

export interface DescribedEvent {
  /** One sentence in French. */
  text: string;
  /** A second line: a note, a reason. */
  detail?: string;
  /** « 14 h 05 » or « 14 h 05 – 14 h 20 ». */
  time: string;
}

/** An event of the deed's history as people say it. */
export function describeHistoryEvent(event: DeedHistoryEvent): DescribedEvent {
  const who = describePerson(event.actor);
  const time = formatClock(event.at);
  switch (event.type) {
    case 'edit':
      return { text: `${who} a modifié l’acte`, time: formatPeriod(event.at, event.until) };
    case 'version': {
      const version = describeVersion(event.version);
      const note = event.version.note || undefined;
      switch (event.version.kind) {
        case 'manual':
          return { text: `${who} a enregistré la ${version}`, detail: note, time };
        case 'approval':
          return { text: `${who} a enregistré la ${version} en donnant son accord`, time };
        case 'lock':
          return { text: `La ${version} a été enregistrée au verrouillage par ${who}`, time };
        case 'restore':
          return {
            text: event.restoredFrom
              ? `${who} a restauré la ${describeVersion(event.restoredFrom)}, enregistrée comme V${event.version.number}`
              : `${who} a enregistré la ${version} (restauration)`,
            time,
          };
      }
      break;
    }
    case 'approval':
      return {
        text: `${who} a donné le bon pour accord ${ofOrg(event.org.name)} sur la ${describeVersion(event.version)}`,
        time,
      };
    case 'approval-withdrawn':
      return {
        text: `${who} a retiré l’accord ${ofOrg(event.org.name)} (${describeVersion(event.version)})`,
        time,
      };
    case 'lock':
      return {
        text: event.version
          ? `${who} a verrouillé le texte définitif (${describeVersion(event.version)})`
          : `${who} a verrouillé le texte définitif`,
        time,
      };
    case 'unlock':
      return { text: `${who} a déverrouillé le texte`, detail: `Motif : ${event.reason}`, time };
  }
  return { text: who, time };
}

/** A stable React key for an event (events carry no id of their own). */
export function historyEventKey(event: DeedHistoryEvent): string {
  switch (event.type) {
    case 'version':
      return `version-${event.version.id}`;
    case 'approval':
    case 'approval-withdrawn':
      return `${event.type}-${event.org.id}-${event.version.id}-${event.at}`;
    default:
      return `${event.type}-${event.actor.id}-${event.at}`;
  }
}
