package org.aftercare.integrations.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aftercare.video.VideoSetup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a clinic admin pastes into the video service: under the portal's public address,
 * since the provider posts from outside (behind a proxy, the request's own address is internal).
 */
@ApplicationScoped
public class VideoAddresses {

  @Inject
  @ConfigProperty(name = "aftercare.public-url")
  Optional<String> publicUrl;

  public String receiverUrl(VideoSetup setup) {
    return publicUrl.orElse("http://localhost:8080").replaceAll("/+$", "") + setup.receiverPath();
  }
}
