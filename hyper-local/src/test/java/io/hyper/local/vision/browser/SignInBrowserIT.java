package io.hyper.local.vision.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** With auth on, the UI asks for an app key, keeps it for the tab only, and can sign out. */
class SignInBrowserIT extends BrowserTestBase {
  @Override
  String domain() {
    return "guarded";
  }

  @Override
  void seed() {
    hyper.data().create();
  }

  @Test
  void aWrongSecretIsRefusedAndSignOutAsksAgain() throws Exception {
    assertThat(shown(By.id("who")).getText()).isEqualTo("app key " + KEY);
    assertThat((String) script("return sessionStorage.getItem('hyper-vision-secret')"))
        .isEqualTo(SECRET);
    assertNoCredentialOutsideSessionStorage();
    click(By.id("signout"));
    shown(By.id("signin-cs"));
    chromium.screenshot("sign-in");
    type(By.id("signin-key"), KEY);
    type(By.id("signin-secret"), "not-the-secret");
    click(By.id("signin-submit"));
    awaitText(By.id("signin-error"), "did not accept");
    signIn(server.connectionString(domain()));
    assertThat(shown(By.cssSelector("tr[data-domain='guarded']")).getText()).contains("0 docs");
  }
}
