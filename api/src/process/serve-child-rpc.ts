/**
 * The child side of `createChildRpc`: answers each job with `handle`'s result (or its error's
 * message), and on disconnection runs `cleanUp` then exits.
 */
export function serveChildRpc<Job extends { id: number }>(
  handle: (job: Job) => Promise<unknown>,
  cleanUp: () => Promise<void> = async () => undefined,
): void {
  process.on('message', (job: Job) => {
    handle(job).then(
      (result) => process.send?.({ id: job.id, result }),
      (error: unknown) =>
        process.send?.({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.on('disconnect', () => {
    void cleanUp()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
}
