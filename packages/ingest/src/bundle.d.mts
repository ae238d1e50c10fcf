/** The bundle of `entry` if it was built and none of its inputs changed since, else null. */
export function freshBundle(entry: string, name: string): URL | null;
/** The bundle of `entry`, reused when fresh, else built; rejects when esbuild cannot build it. */
export function bundle(entry: string, name: string): Promise<URL>;
