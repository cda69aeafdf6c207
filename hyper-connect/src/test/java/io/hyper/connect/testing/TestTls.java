package io.hyper.connect.testing;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS contexts for HTTPS wire tests, from the self-signed test certificate in {@code
 * src/test/resources/tls} (for 127.0.0.1).
 */
public final class TestTls {
  private static final char[] PASSWORD = "test-only".toCharArray();

  private TestTls() {}

  /**
   * Returns the server side: the test certificate and its key.
   *
   * @return a TLS context for {@link RecordingServer#startHttps(SSLContext)}
   */
  public static SSLContext server() {
    try {
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore(), PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the client side: trusts exactly the test certificate.
   *
   * @return a TLS context for {@code Hyper.builder().sslContext(...)}
   */
  public static SSLContext client() {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(keyStore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyStore keyStore() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = TestTls.class.getResourceAsStream("/tls/test-server.p12")) {
      ks.load(in, PASSWORD);
    }
    return ks;
  }
}
