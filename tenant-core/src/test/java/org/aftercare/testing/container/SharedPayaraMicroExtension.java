package org.aftercare.testing.container;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedPayaraMicro} as the tests' Arquillian container. */
public class SharedPayaraMicroExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(DeployableContainer.class, SharedPayaraMicro.class);
  }
}
