/** The newest modification time of the files under `path` (0 when it is absent). */
export function newest(path: string): number;
/** The newest modification time of the web package's UI sources (`pkg`: its directory). */
export function webSourcesTime(pkg: string): number;
