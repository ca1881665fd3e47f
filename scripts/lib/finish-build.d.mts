export declare function finishBuild(startedFrom?: string): {
  hintedScripts: number;
  standalone: boolean;
};
