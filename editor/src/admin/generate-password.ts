/** No look-alike characters (0/O, 1/l/I): the password is read out or retyped by people. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 5;
/** Bytes at or above this are skipped so that every character is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A strong initial password from the browser's cryptographic generator: four groups of five
 * characters ("Hx7kq-2mZpR-…"), about 115 bits of entropy, easy to dictate.
 */
export function generatePassword(): string {
  const characters: string[] = [];
  while (characters.length < GROUPS * GROUP_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < UNBIASED_LIMIT && characters.length < GROUPS * GROUP_LENGTH) {
        characters.push(ALPHABET[byte % ALPHABET.length] ?? '');
      }
    }
  }
  const groups: string[] = [];
  for (let index = 0; index < GROUPS; index += 1) {
    groups.push(characters.slice(index * GROUP_LENGTH, (index + 1) * GROUP_LENGTH).join(''));
  }
  return groups.join('-');
}
