// Entities stage. STUB — to be replaced; the signature is the contract.
import type { Entity } from '../types.js';

export interface EntitiesResult {
  organizations: Entity[];
  people: Entity[];
  places: Entity[];
}

/** Organisations, people and places of `text`, one entry per entity, ordered by first mention. */
export function extractEntities(text: string): EntitiesResult {
  void text;
  return { organizations: [], people: [], places: [] };
}
