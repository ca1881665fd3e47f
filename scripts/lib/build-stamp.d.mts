export declare function buildIsCurrent(root?: string): boolean;
export declare function recordBuild(root?: string): void;
