package io.hyper.local.core.storage;

import static io.hyper.local.core.HyperErrorAssert.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hyper.local.core.HyperError;
import org.junit.jupiter.api.Test;

/** hyper-local's portable-name rules and their wording, with no engine involved. */
class PortableNamesTest {
  @Test
  void everySegmentIsAtMost255Utf8BytesAndNoneIsReserved() {
    PortableNames.checkSegments("object path", "a/" + "x".repeat(255));
    assertStatus(400, () -> PortableNames.checkSegments("object path", "a/" + "é".repeat(128)));
    HyperError reserved =
        catchThrowableOfType(
            HyperError.class, () -> PortableNames.checkSegments("bucket name", ".hyper-x"));
    assertThat(reserved.msg())
        .isEqualTo("bucket name cannot have a name starting .hyper- (reserved)");
  }

  @Test
  void aWrittenNameMayNotBeADeviceNameOrEndInADotOrSpaceAndCaseTwinsAre409() {
    PortableNames.checkWritable("console.txt", "object");
    HyperError twin = PortableNames.caseTwin("folder");
    assertThat(twin.status()).isEqualTo(409);
    assertThat(twin.msg())
        .isEqualTo("a folder whose name differs from it only in case exists already");
    assertStatus(400, () -> PortableNames.checkWritable("nul.txt", "object"));
    assertStatus(400, () -> PortableNames.checkWritable("COM1", "bucket"));
    assertStatus(400, () -> PortableNames.checkWritable("a.", "object"));
    assertStatus(400, () -> PortableNames.checkWritable("a ", "object"));
    HyperError device =
        catchThrowableOfType(HyperError.class, () -> PortableNames.checkWritable("aux", "folder"));
    assertThat(device.msg()).isEqualTo("folder name is reserved on Windows (a device name)");
  }

  @Test
  void foldingJoinsCaseAndUnicodeNormalisation() {
    assertThat(PortableNames.fold("Straße")).isEqualTo(PortableNames.fold("STRASSE"));
    assertThat(PortableNames.fold("e\u0301")).isEqualTo(PortableNames.fold("\u00c9"));
    assertThat(PortableNames.fold("a")).isNotEqualTo(PortableNames.fold("b"));
  }
}
