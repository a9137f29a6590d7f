/** Every numeric limit of the product, named once and reused by validators, servers and the UI. */
export const LIMITS = {
  /** Largest JSON request body accepted by the API. */
  maxJsonBodyBytes: 256 * 1024,
  emailMaxLength: 254,
  nameMaxLength: 120,
  passwordMinLength: 12,
  passwordMaxLength: 256,
  dealNameMaxLength: 200,
  cityMaxLength: 120,
  maxLotsPerDeal: 10_000,
  /** 10 billion euros, in cents: beyond any single real-estate programme. */
  maxDealAmountCents: 1_000_000_000_000,
  deedTitleMaxLength: 200,
  /** A named version (« V3 envoyée à la banque ») and its note. */
  versionNameMaxLength: 120,
  versionNoteMaxLength: 1_000,
  /** The reason given to unlock a locked deed (audited). */
  unlockReasonMinLength: 3,
  unlockReasonMaxLength: 500,
  /** Edits are counted per author in buckets of this length, for the history panel. */
  editActivityBucketMs: 10 * 60 * 1000,
  /** Failed logins on one account before it is locked. */
  loginFailuresBeforeLock: 5,
  /** Window in which failures are counted, and how long the lock lasts. */
  loginFailureWindowMs: 15 * 60 * 1000,
  accountLockMs: 15 * 60 * 1000,
  /** Login attempts per client address per minute, whatever the account. */
  loginAttemptsPerMinutePerAddress: 20,
  sessionIdleMs: 12 * 60 * 60 * 1000,
  sessionAbsoluteMs: 7 * 24 * 60 * 60 * 1000,
  searchQueryMaxLength: 100,
  /** One comment's plain text, in characters. */
  commentBodyMaxLength: 5_000,
  /** The anchored text kept with a thread when it is created (longer selections are cut). */
  commentQuoteMaxLength: 500,
  /** One end of a thread's anchor: a base64 Yjs relative position (a few dozen bytes in practice). */
  commentAnchorMaxLength: 512,
  /** People mentioned in one comment. */
  commentMentionsMax: 20,
  /** Largest file the vault takes in one upload (scanned permits, plans, full accounts). */
  vaultMaxFileBytes: 5 * 1024 * 1024 * 1024,
  /** A file name as shown and downloaded (longer names are refused, not cut). */
  vaultFileNameMaxLength: 200,
  /** Interrupted uploads are kept this long for a resume, then deleted. */
  vaultUploadExpiryMs: 24 * 60 * 60 * 1000,
  /** A document request's description, and a rejection's reason. */
  vaultRequestDescriptionMaxLength: 1_000,
  vaultRejectionReasonMaxLength: 500,
  /** Text kept per document for search and classification. */
  vaultExtractedTextMaxChars: 200_000,
  /** Zip-based office files (DOCX, XLSX, ODT, ODS): parts, and bytes once decompressed. */
  vaultZipMaxEntries: 10_000,
  vaultZipMaxUncompressedBytes: 512 * 1024 * 1024,
  /** A Word file imported as a deed or a new version of one (text, tables, a few images). */
  docxImportMaxBytes: 20 * 1024 * 1024,
  /** A workflow milestone or task. */
  workflowTitleMaxLength: 200,
  workflowDescriptionMaxLength: 2_000,
  workflowMaxItemsPerDeal: 300,
  workflowMaxDependencies: 20,
  /** Offsets of relative due dates, in each unit. */
  workflowMaxOffsetMonths: 120,
  workflowMaxOffsetDays: 3_650,
  workflowMaxOffsetWorkingDays: 2_500,
  /** « Mes actions » returns at most this many items (the counts cover them all). */
  myActionsMaxItems: 200,
  /** Reminders go out at most this many days before a due date. */
  reminderMaxDaysBefore: 30,
  /** In-app notifications listed at once. */
  notificationListMax: 100,
} as const;
