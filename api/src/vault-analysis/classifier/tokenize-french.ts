/** French function words that say nothing about a document's kind (accents already stripped). */
const STOP_WORDS = new Set(
  `a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etee etees etes etre avoir ai as avons avez ont est sont etait etaient sera seront fait faite faits ainsi alors aussi autre autres car celle celles celui ceux chaque comme dont donc elles entre ici lors leur meme memes moins non parmi peu plus selon sans si sous tout toute toutes tous tres vers via cela ceci dit dite dits dites ci apres avant afin lequel laquelle lesquels lesquelles auquel auxquels duquel desquels etc soit soient ayant eu`.split(
    /\s+/,
  ),
);

/** Lowercase, accents stripped, letters only; stop words and one-letter words dropped. */
export function tokenizeFrench(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
  const words = folded.split(/[^a-z]+/);
  return words.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** The classifier's terms: unigrams and adjacent bigrams ("permis construire", "mainlevee hypotheque"). */
export function extractTerms(text: string): string[] {
  const words = tokenizeFrench(text);
  const terms = [...words];
  for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1]} ${words[i]}`);
  return terms;
}
