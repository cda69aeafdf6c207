package io.hyper.e2e;

import static io.hyper.e2e.Outcomes.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import io.hyper.connect.Hyper;
import io.hyper.connect.info.InfoService;
import io.hyper.connect.info.ServicesResult;
import io.hyper.junit.HyperTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The info service in both forms: hyper-local lists every service it runs. */
@HyperTest
class InfoIT {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void servicesListsEveryServiceOfHyperLocal(Mode mode, Hyper hyper) {
    InfoService info = hyper.info();

    ServicesResult result = assertOk(mode.call(info::services, info.async()::services), 200);

    assertThat(result.services())
        .containsExactlyInAnyOrder("data", "cache", "search", "storage", "queue");
  }
}
