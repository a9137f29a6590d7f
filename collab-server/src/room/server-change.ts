/**
 * The origin of an update the server itself makes (a restored version), as opposed to one a
 * connection sent. It is committed like any update, then broadcast to every connection (nobody
 * already has it); the update log records it without an author.
 */
export class ServerChange {
  constructor(
    /** Who asked for it, for the logs (the version, approval and audit records name them too). */
    readonly actorId: string | null,
    /** Why, for the logs: "restore". */
    readonly reason: string,
  ) {}
}
