// Types for electron-native.mjs (imported by the Electron end-to-end spec).
export declare const ROOT: string;
export declare function electronBinary(): string | null;
export declare function electronVersion(): string;
export declare function ensureElectronSqlite(options?: { log?: (message: string) => void }): Promise<string>;
