package io.hyper.local.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.local.engine.EngineUrl;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The s3: URL's grammar: what it accepts, its defaults, and clear refusals without the secret. */
class S3LocationTest {
  private static S3Location parse(String url) {
    return S3Location.parse(EngineUrl.parse(url));
  }

  @Test
  void readsEveryPart() {
    S3Location l =
        parse(
            "s3://AKIA:se%2Fcr%2Bet@my-bucket/team/app/?endpoint=http://127.0.0.1:9000"
                + "&region=eu-west-1&pathStyle=true&partSize=16");
    assertThat(l.bucket()).isEqualTo("my-bucket");
    assertThat(l.prefix()).isEqualTo("team/app");
    assertThat(l.endpoint()).contains(URI.create("http://127.0.0.1:9000"));
    assertThat(l.region()).contains("eu-west-1");
    assertThat(l.pathStyle()).isTrue();
    assertThat(l.accessKey()).contains("AKIA");
    assertThat(l.secret()).contains("se/cr+et");
    assertThat(l.partSize()).isEqualTo(16 * 1024 * 1024);
  }

  @Test
  void defaultsToNoPrefixTheDefaultChainsAndEightMibParts() {
    S3Location l = parse("s3://bucket.with.dots");
    assertThat(l.prefix()).isEmpty();
    assertThat(l.endpoint()).isEmpty();
    assertThat(l.region()).isEmpty();
    assertThat(l.pathStyle()).isFalse();
    assertThat(l.accessKey()).isEmpty();
    assertThat(l.secret()).isEmpty();
    assertThat(l.partSize()).isEqualTo(8 * 1024 * 1024);
  }

  @Test
  void toStringMasksTheSecret() {
    S3Location l = parse("s3://key:topsecret@bucket/p?endpoint=http://127.0.0.1:9000");
    assertThat(l.toString()).contains("key:****@bucket/p").doesNotContain("topsecret");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3:",
        "s3://key:topsecret@",
        "s3://key:topsecret@Bad_Bucket",
        "s3://key:topsecret@bucket:9000",
        "s3://key:topsecret@bucket?endpoint=ftp://host",
        "s3://key:topsecret@bucket?endpoint=http://u:topsecret@host",
        "s3://key:topsecret@bucket?region=Not%20A%20Region",
        "s3://key:topsecret@bucket?pathStyle=yes",
        "s3://key:topsecret@bucket?partSize=4",
        "s3://key:topsecret@bucket?partSize=513",
        "s3://key:topsecret@bucket?partSize=big",
        "s3://key:topsecret@bucket?secret=topsecret",
        "s3://key:topsecret@bucket?region=us-east-1&region=us-east-1",
        "s3://key:topsecret@bucket/a//b",
        "s3://key:topsecret@bucket/a/../b",
        "s3://key:@bucket",
        "s3://:topsecret@bucket",
        "s3://key:topsecret@bucket#frag"
      })
  void refusesWhatItCannotHonourWithoutShowingTheSecret(String url) {
    assertThatThrownBy(() -> parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the s3: storage URL ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret"));
  }

  @Test
  void namesTheKnownParametersWhenOneIsUnknown() {
    assertThatThrownBy(() -> parse("s3://bucket?pathstyle=true"))
        .hasMessageContaining("pathstyle")
        .hasMessageContaining("known: endpoint, region, pathStyle, partSize");
  }

  @Test
  void theFactoryIsFoundByItsScheme() {
    assertThat(io.hyper.local.engine.Engines.discover().schemes(io.hyper.local.Service.STORAGE))
        .contains("s3:", "file:");
    assertThat(new S3StorageFactory().scheme()).isEqualTo("s3");
    assertThat(Optional.of(new S3StorageFactory().port().getSimpleName())).contains("StoragePort");
  }
}
