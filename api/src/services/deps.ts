import type { DeedContent } from '@deedroom/collab-server';
import type { AccessEvent, DeedSignal } from '@deedroom/shared';
import type { Clock } from '../clock';
import type { PdfRenderer } from '../export/create-pdf-renderer';
import type { Logger } from '../logger';
import type { SignatureProvider } from '../signatures/signature-provider';
import type { UserWithOrg } from '../store/records';
import type { Stores } from '../store/stores';
import type { BlobStore } from '../vault/blob-store';

/** What every service operation receives: storage, time and logs, passed in rather than imported. */
export interface ServiceDeps {
  stores: Stores;
  clock: Clock;
  logger: Logger;
  /** Tells open collaboration sockets that someone's access or session changed. */
  accessEvents: AccessEventSink;
  /** Tells the sockets open on a deed that something about it changed (they fetch it again). */
  deedSignals: DeedSignalSink;
  /** Signs the short-lived collaboration tokens. */
  collabSecret: Buffer;
  /** The deeds' live content, held by the collaboration server (restore, lock). */
  /** The deed's live text on this node (read, server-made change, freeze), from the collaboration server. */
  deedContent: DeedContent;
  /** The vault's file bytes (the database holds the rest). */
  blobs: BlobStore;
  /** Lays PDFs out off the event loop (a child process). */
  pdf: PdfRenderer;
  /** Carries documents to signature: the built-in provider or DocuSign, per installation. */
  signatureProvider: SignatureProvider;
}

export interface AccessEventSink {
  publish(event: AccessEvent): void;
}

export interface DeedSignalSink {
  publish(signal: DeedSignal): void;
}

/** The authenticated caller of an operation. */
export interface Actor {
  user: UserWithOrg;
  ip: string | null;
}
