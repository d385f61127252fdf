/** A match is identified by its pair; the id clients see is an opaque encoding of it. */
export function matchIdOf(jobId: string, profileId: string): string {
  return Buffer.from(`${jobId}/${profileId}`).toString('base64url');
}
