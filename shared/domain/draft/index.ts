// The draft engine's public API in one import.
export * from './auction';
export * from './availability';
export * from './bots';
export * from './mock';
export * from './order';
export * from './pool';
export * from './recommend';
export * from './state';
export { samplePlayers } from './samplePlayers';
