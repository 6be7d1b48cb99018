/**
 * Shared per page (part of the on-demand send module): one outbox sender per storage
 * (docs/notes/intake-engine.md: "share one sender per storage"). Several questionnaires on
 * one page subscribe to the same sender; it sends with the backend of the first subscriber
 * still connected, and stops when the last one leaves.
 */
import { createUnconfiguredBackend } from '../../core/backend/index.js';
import type { BackendAdapter } from '../../core/backend/types.js';
import { createOutboxSender } from '../../core/intake/outbox-sender.js';
import type { OutboxSender, OutboxStatus } from '../../core/intake/outbox-sender.js';
import type { KitStorage } from '../../core/storage/index.js';

export interface SenderSubscriber {
  backend(): BackendAdapter;
  onChange(submissionId: string, status: OutboxStatus): void;
}

interface Hub {
  sender: OutboxSender;
  subscribers: Set<SenderSubscriber>;
  started?: Promise<void>;
}

const hubs = new WeakMap<KitStorage, Hub>();
let fallback: BackendAdapter | undefined;

/**
 * Subscribes to the sender of `storage` (created and started on first use, so what an
 * earlier visit left in the outbox is sent on page load). Resolves once the first flush
 * has run; `unsubscribe` stops the sender when nobody listens any more.
 */
export function subscribeSender(storage: KitStorage, subscriber: SenderSubscriber): { sender: OutboxSender; ready: Promise<void>; unsubscribe(): void } {
  let hub = hubs.get(storage);
  if (!hub) {
    const subscribers = new Set<SenderSubscriber>();
    const sender = createOutboxSender({
      storage,
      backend: () => subscribers.values().next().value?.backend() ?? (fallback ??= createUnconfiguredBackend()),
      onChange: (id, status) => {
        for (const s of subscribers) s.onChange(id, status);
      },
    });
    hub = { sender, subscribers };
    hubs.set(storage, hub);
  }
  const h = hub;
  h.subscribers.add(subscriber);
  h.started ??= h.sender.start().catch(() => undefined);
  return {
    sender: h.sender,
    ready: h.started,
    unsubscribe() {
      h.subscribers.delete(subscriber);
      if (h.subscribers.size === 0) {
        h.sender.stop();
        h.started = undefined;
      }
    },
  };
}
