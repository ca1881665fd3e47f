export declare function finishBuild(): { hintedScripts: number; standalone: boolean };
