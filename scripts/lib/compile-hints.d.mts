export declare const COMPILE_HINT: string;
export declare function hintStartupScripts(root?: string): number;
