export declare const standaloneServer: string;
export declare function completeStandaloneBuild(): boolean;
