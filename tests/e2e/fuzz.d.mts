export function rng(seed: number): () => number;
export const PAYLOADS: string[];
export function hostileQueries(seed: number, count: number): string[];
