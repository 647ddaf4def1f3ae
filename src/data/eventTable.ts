import type { AtlasEvent } from '../model/event.ts';

/**
 * The browser's in-memory form of the events: columns in typed arrays, sorted by t0, so that 100,000 events fit in
 * a few megabytes and the timeline, the map and the list can scan them without allocating.
 * Row i of every column is the same event. Built from events.json (or the benchmark's format) by src/data/.
 */
export interface EventTable {
  readonly size: number;
  readonly ids: readonly string[];
  /** Start and end of each event's date, epoch ms (see AtlasEvent.t0/t1). Sorted by t0. */
  readonly t0: Float64Array;
  readonly t1: Float64Array;
  /** 0 day, 1 month, 2 year. */
  readonly precision: Uint8Array;
  /** 0 photo caption, 1 body text. */
  readonly kind: Uint8Array;
  /** Six-digit codes as numbers (430000); 0 when unknown. Foreign events have province 0 and foreign 1. */
  readonly province: Int32Array;
  readonly prefecture: Int32Array;
  readonly county: Int32Array;
  readonly foreign: Uint8Array;
  /** The event's point (county seat, or a coarser unit's point); NaN when none. */
  readonly lon: Float32Array;
  readonly lat: Float32Array;
  /** Which level the point stands for: 0 none, 1 province, 2 prefecture, 3 county. */
  readonly pointLevel: Uint8Array;
  /** The caption text, for tooltips and the list. */
  readonly captions: readonly string[];
  /** The full record, for the detail panel (may be materialised lazily). */
  event(index: number): AtlasEvent;
  /** Row of an event id, or -1. */
  indexOf(id: string): number;
}

export const PRECISIONS = ['day', 'month', 'year'] as const;
export const KINDS = ['caption', 'text'] as const;
