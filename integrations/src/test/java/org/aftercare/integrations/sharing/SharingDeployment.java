package org.aftercare.integrations.sharing;

import java.io.File;
import java.util.Arrays;
import org.aftercare.integrations.fhir.FhirCourier;
import org.aftercare.integrations.fhirapi.Ehr;
import org.aftercare.integrations.peers.CareTeamPeers;
import org.aftercare.testing.Deployments;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The core's test deployment with the integrations jar (and with it the FHIR API) and its HAPI
 * libraries, the EHR that the API tests play, and the addresses of the care team's peers, which
 * this method (running in the test JVM) starts.
 */
public final class SharingDeployment {

  private SharingDeployment() {}

  public static WebArchive withCareTeamPeers() {
    String peers = CareTeamPeers.running().addresses();
    return Deployments.domain()
        .addAsLibrary(Deployments.archiveOf(FhirCourier.class))
        .addAsLibraries(hapiLibraries())
        .addClasses(PeerRemote.class, SharingDeployment.class, Ehr.class)
        .addAsResource(new StringAsset(peers), PeerRemote.RESOURCE);
  }

  /** Where the peers listen, read inside the server. */
  public static java.util.Properties peers() {
    return PeerRemote.addresses();
  }

  /** A test library and what it needs, resolved from the integrations pom. */
  public static File[] resolve(String coordinates) {
    return Maven.resolver()
        .loadPomFromFile("pom.xml")
        .resolve(coordinates)
        .withTransitivity()
        .asFile();
  }

  /**
   * As the portal's WAR carries them (and HAPI's client, for the EHR the API tests play): without
   * the RDF, XSLT and ICU jars the pom excludes.
   */
  private static File[] hapiLibraries() {
    return Arrays.stream(
            Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve(
                    "ca.uhn.hapi.fhir:hapi-fhir-structures-r4",
                    "ca.uhn.hapi.fhir:hapi-fhir-server",
                    "ca.uhn.hapi.fhir:hapi-fhir-client",
                    "ca.uhn.hapi:hapi-structures-v251",
                    "com.nimbusds:nimbus-jose-jwt")
                .withTransitivity()
                .asFile())
        .filter(
            jar ->
                !jar.getName().startsWith("jena-")
                    && !jar.getName().startsWith("Saxon-HE")
                    && !jar.getName().startsWith("icu4j"))
        .toArray(File[]::new);
  }
}
