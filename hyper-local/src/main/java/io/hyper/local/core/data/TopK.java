package io.hyper.local.core.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first {@code k} documents in an order, kept while documents stream past: a heap of at most
 * {@code k}, whose worst entry is dropped when a better one arrives. Ties keep the order documents
 * were offered in, so the result equals a stable sort of everything offered, cut to {@code k}.
 */
final class TopK {
  private record Entry(ObjectNode doc, long seq) {}

  private final Comparator<Entry> order;
  private final PriorityQueue<Entry> heap;
  private final int k;
  private long offered;

  /** Keeps the first {@code k} (at least 0) documents by {@code order}. */
  TopK(Comparator<ObjectNode> order, int k) {
    this.order =
        Comparator.<Entry, ObjectNode>comparing(Entry::doc, order).thenComparingLong(Entry::seq);
    this.heap = new PriorityQueue<>(Math.max(1, Math.min(k, 1024)), this.order.reversed());
    this.k = k;
  }

  /** Considers one more document. */
  void offer(ObjectNode doc) {
    Entry entry = new Entry(doc, offered++);
    if (heap.size() < k) {
      heap.add(entry);
    } else if (k > 0 && order.compare(entry, heap.peek()) < 0) {
      heap.poll();
      heap.add(entry);
    }
  }

  /** The documents kept, best first. */
  List<ObjectNode> sorted() {
    List<Entry> entries = new ArrayList<>(heap);
    entries.sort(order);
    List<ObjectNode> docs = new ArrayList<>(entries.size());
    entries.forEach(e -> docs.add(e.doc()));
    return docs;
  }
}
