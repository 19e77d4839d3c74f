/** Turns a stored payload of one schema version into the next version's shape. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Stored events are never rewritten (decision 2): when an event's shape changes, its type's
 * schema version goes up and an upcaster lifts old payloads on read, one version at a time.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();
  private readonly currentVersions = new Map<string, number>();

  /** Registers the step from `fromVersion` to `fromVersion + 1` for an event type. */
  register(type: string, fromVersion: number, upcast: Upcaster): this {
    this.steps.set(`${type}@${fromVersion}`, upcast);
    this.currentVersions.set(type, Math.max(this.currentVersion(type), fromVersion + 1));
    return this;
  }

  /** The version new events of this type are written with. */
  currentVersion(type: string): number {
    return this.currentVersions.get(type) ?? 1;
  }

  upcast(type: string, version: number, data: Record<string, unknown>): Record<string, unknown> {
    let current = data;
    for (let v = version; v < this.currentVersion(type); v++) {
      const step = this.steps.get(`${type}@${v}`);
      if (!step) throw new Error(`No upcaster for ${type} from schema version ${v}`);
      current = step(current);
    }
    return current;
  }
}
