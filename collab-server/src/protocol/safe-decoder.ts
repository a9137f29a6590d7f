/**
 * A bounds-checked reader for the y-websocket framing. Every read checks the remaining length,
 * so a truncated or lying message throws {@link MalformedMessageError} instead of reading past
 * the end or allocating what a length prefix claims.
 */
export class MalformedMessageError extends Error {
  constructor(reason: string) {
    super(`malformed message: ${reason}`);
    this.name = 'MalformedMessageError';
  }
}

/** Larger than any value the protocol uses; keeps the arithmetic exact. */
const MAX_VAR_UINT = 2 ** 32 - 1;

export class SafeDecoder {
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  readVarUint(): number {
    let value = 0;
    let multiplier = 1;
    for (let i = 0; i < 5; i += 1) {
      if (this.pos >= this.bytes.length) throw new MalformedMessageError('truncated varint');
      const byte = this.bytes[this.pos] as number;
      this.pos += 1;
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) {
        if (value > MAX_VAR_UINT) throw new MalformedMessageError('varint out of range');
        return value;
      }
      multiplier *= 128;
    }
    throw new MalformedMessageError('varint too long');
  }

  readVarBytes(): Uint8Array {
    const length = this.readVarUint();
    if (length > this.remaining)
      throw new MalformedMessageError(`length ${length} exceeds the ${this.remaining} bytes left`);
    const slice = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return slice;
  }

  readVarString(): string {
    const bytes = this.readVarBytes();
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new MalformedMessageError('invalid utf-8');
    }
  }

  expectEnd(): void {
    if (this.remaining !== 0) throw new MalformedMessageError(`${this.remaining} trailing bytes`);
  }
}
