export declare function buildIsCurrent(root?: string): boolean;
export declare function sourceHash(root?: string): string;
export declare function recordBuild(root: string, started: string): void;
export declare function buildRecordedSince(time: number, root?: string): boolean;
