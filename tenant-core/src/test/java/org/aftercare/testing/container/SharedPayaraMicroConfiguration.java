package org.aftercare.testing.container;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** What {@code arquillian.xml} may set for {@link SharedPayaraMicro}. */
public class SharedPayaraMicroConfiguration implements ContainerConfiguration {

  private String microJar = System.getProperty("payara.microJar", "target/payara-micro.jar");
  private int startupTimeoutInSeconds = 240;

  public String getMicroJar() {
    return microJar;
  }

  public void setMicroJar(String microJar) {
    this.microJar = microJar;
  }

  public int getStartupTimeoutInSeconds() {
    return startupTimeoutInSeconds;
  }

  public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
    this.startupTimeoutInSeconds = startupTimeoutInSeconds;
  }

  @Override
  public void validate() throws ConfigurationException {
    if (!Files.isRegularFile(Path.of(microJar))) {
      throw new ConfigurationException(
          "No Payara Micro jar at "
              + Path.of(microJar).toAbsolutePath()
              + "; the build copies it there in pre-integration-test");
    }
    if (startupTimeoutInSeconds <= 0) {
      throw new ConfigurationException("startupTimeoutInSeconds must be positive");
    }
  }
}
