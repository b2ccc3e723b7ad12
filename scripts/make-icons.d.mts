export declare const ICON_SIZES: number[];
export declare function renderIcon(size: number, svg?: Buffer): Promise<Buffer>;
export declare function makeIcons(outDir?: string): Promise<void>;
