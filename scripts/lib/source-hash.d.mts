export declare function hashSources(inputs: string[], extra?: string): string;
