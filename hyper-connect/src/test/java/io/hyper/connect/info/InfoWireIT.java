package io.hyper.connect.info;

import static io.hyper.connect.testing.Json.assertNoBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyper.connect.Hyper;
import io.hyper.connect.UnauthorizedException;
import io.hyper.connect.testing.Mode;
import io.hyper.connect.testing.RecordedRequest;
import io.hyper.connect.testing.RecordingServer.Answer;
import io.hyper.connect.testing.Target;
import io.hyper.connect.testing.Tokens;
import io.hyper.connect.testing.WireTest;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code info.services()}, sync and async, against every connection-string form. */
class InfoWireIT extends WireTest {

  @ParameterizedTest
  @MethodSource("cases")
  void servicesGetsTheRootOfTheHostWhateverTheAppOrDomain(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target
        .server(servers)
        .enqueue(
            Answer.json(
                200,
                "{\"name\":\"hyper\",\"version\":\"1.0-beta\","
                    + "\"services\":[\"cache\",\"data\",\"storage\",\"search\",\"queue\"]}"));

    ServicesResult r =
        mode.call(() -> hyper.info().services(), () -> hyper.info().async().services());

    assertThat(r.ok()).isTrue();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.name()).contains("hyper");
    assertThat(r.version()).contains("1.0-beta");
    assertThat(r.services()).containsExactly("cache", "data", "storage", "search", "queue");
    RecordedRequest request = target.server(servers).takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.target()).isEqualTo("/");
    assertNoBody(request);
    Tokens.assertSigned(request, Target.KEY, Target.SECRET);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aRejectedTokenIsNotOk401(Mode mode, Target target) {
    Hyper hyper = servers.hyper(target);
    target.server(servers).enqueue(Answer.json(401, "{\"ok\":false,\"msg\":\"not authorized\"}"));

    ServicesResult r =
        mode.call(() -> hyper.info().services(), () -> hyper.info().async().services());

    assertThat(r)
        .isEqualTo(
            new ServicesResult(
                false,
                401,
                Optional.of("not authorized"),
                Optional.empty(),
                Optional.empty(),
                java.util.List.of(),
                "info.services"));
    assertThatThrownBy(r::services)
        .isInstanceOf(UnauthorizedException.class)
        .hasMessage("401 info.services: not authorized");
  }
}
