/**
 * "A new version is ready": the one thing the service worker tells the app. register.ts offers an
 * update when a new worker is waiting; UpdatePrompt shows it and calls update() when the user taps
 * «Oppdater». Nothing here reloads by itself, so a walk is never interrupted.
 */
export interface Updater {
  subscribe(listener: () => void): () => void;
  /** A new version is installed and waiting. */
  isReady(): boolean;
  /** Switch to the new version and reload the page. Only ever called from the user's tap. */
  update(): void;
}

export class UpdateSignal implements Updater {
  private ready = false;
  private apply: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isReady = (): boolean => this.ready;

  readonly update = (): void => this.apply?.();

  /** A new version can be used; `apply` activates it and reloads. */
  offer(apply: () => void): void {
    this.apply = apply;
    if (this.ready) return;
    this.ready = true;
    for (const l of this.listeners) l();
  }
}

/** The app's signal, fed by registerServiceWorker(). */
export const appUpdates = new UpdateSignal();
