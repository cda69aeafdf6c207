package io.hyper.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The operation table: looked up by label, complete for what the services send. */
class OperationTest {

  @Test
  void eachOperationIsFoundByItsLabel() {
    for (Operation op : Operation.values()) {
      assertThat(Operation.of(op.label())).isSameAs(op);
    }
    assertThat(Operation.of("storage.signedUrl")).isEqualTo(Operation.STORAGE_SIGNED_URL);
  }

  @Test
  void anOperationMissingFromTheTableCannotBeSent() {
    assertThatThrownBy(() -> Operation.of("data.frobnicate"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no entry for data.frobnicate in the operation table");
  }

  @Test
  void writesThatChangeTheOutcomeWhenRepeatedAreOnlyRetriedWhenNotSent() {
    for (String label :
        new String[] {
          "data.add",
          "data.create",
          "data.bulk",
          "data.remove",
          "queue.enqueue",
          "storage.upload",
          "search.load",
          "cache.add"
        }) {
      assertThat(Operation.of(label).retry()).as(label).isEqualTo(Operation.Retry.IF_NOT_SENT);
    }
  }

  @Test
  void streamsHaveTheirOwnTimeoutClasses() {
    assertThat(Operation.STORAGE_UPLOAD.waits()).isEqualTo(Operation.Wait.UPLOAD);
    assertThat(Operation.STORAGE_DOWNLOAD.waits()).isEqualTo(Operation.Wait.DOWNLOAD);
    assertThat(Operation.DATA_GET.waits()).isEqualTo(Operation.Wait.ANSWER);
  }
}
