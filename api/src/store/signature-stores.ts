import type { SignerStatus } from '@deedroom/shared';
import type {
  SignatureEventRecord,
  SignatureRequestRecord,
  SignatureSignerRecord,
} from './signature-records';

export type SignatureRequestPatch = Partial<
  Omit<SignatureRequestRecord, 'id' | 'dealId' | 'createdBy' | 'createdAt'>
> & { updatedAt: string };

export type SignerPatch = Partial<
  Pick<
    SignatureSignerRecord,
    'status' | 'viewedAt' | 'signedAt' | 'signedIp' | 'declinedAt' | 'declineReason'
  >
>;

/** Signature requests, their signers and their events. */
export interface SignatureStore {
  /** The request, its signers and its first event, in one transaction. */
  create(
    request: SignatureRequestRecord,
    signers: SignatureSignerRecord[],
    event: Omit<SignatureEventRecord, 'seq'>,
  ): Promise<void>;
  findById(id: string): Promise<SignatureRequestRecord | undefined>;
  findByEnvelope(envelopeId: string): Promise<SignatureRequestRecord | undefined>;
  /** The request whose signed file or certificate is that vault document (it is then read-only). */
  findBySignedDocument(documentId: string): Promise<SignatureRequestRecord | undefined>;
  /** Newest first. */
  listByDeal(dealId: string): Promise<SignatureRequestRecord[]>;
  /** Requests whose provider call is due again (`next_attempt_at` ≤ now). */
  listDueRetries(now: string): Promise<SignatureRequestRecord[]>;
  /** Requests in progress whose expiry has passed. */
  listExpired(now: string): Promise<SignatureRequestRecord[]>;
  /**
   * Changes the request only while its status is one of `fromStatuses` (compare-and-set);
   * false when someone else changed it first.
   */
  update(id: string, fromStatuses: readonly string[], patch: SignatureRequestPatch): Promise<boolean>;
  /** Signers of the requests, in signing order. */
  listSigners(requestIds: string[]): Promise<SignatureSignerRecord[]>;
  /** Changes a signer only while their status is one of `fromStatuses`; false otherwise. */
  updateSigner(
    requestId: string,
    userId: string,
    fromStatuses: readonly SignerStatus[],
    patch: SignerPatch,
  ): Promise<boolean>;
  /** Appends an event with the request's next sequence number. */
  appendEvent(event: Omit<SignatureEventRecord, 'seq'>): Promise<void>;
  /** Oldest first. */
  listEvents(requestId: string): Promise<Array<SignatureEventRecord & { seq: number }>>;
}
