/** The CLI's streams, injectable so commands can be tested in-process. */
import { readFileSync } from "node:fs";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  readStdin(): Uint8Array;
}

export const processIo: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  readStdin: () => readFileSync(0),
};
