export declare function buildIsCurrent(root?: string): boolean;
export declare function recordBuild(root?: string): void;
export declare function buildRecordedSince(time: number, root?: string): boolean;
