/** Path of a Chromium/Chrome binary (CHROME_PATH first), or undefined when none is installed. */
export function findChrome(): string | undefined;
/** Flags for headless Chromium on a machine without outside network. */
export const CHROME_ARGS: string[];
