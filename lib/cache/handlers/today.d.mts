export declare const TODAY_TAG = "today";
export declare function lastMidnightInSeoul(now: number): number;
