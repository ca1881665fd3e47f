export declare const DEFAULT_DATA_DIR: string;
export declare function databaseLocation(vars: {
  DATA_DIR?: string;
  DATABASE_URL?: string;
  DATABASE_AUTH_TOKEN?: string;
}): { dataDir: string; url: string; authToken: string | undefined };
