package org.aftercare.integrations.sharing;

import java.io.File;
import java.util.Arrays;
import org.aftercare.integrations.fhir.FhirCourier;
import org.aftercare.integrations.peers.CareTeamPeers;
import org.aftercare.testing.Deployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The core's test deployment with the integrations jar (and with it the FHIR API) and its HAPI
 * libraries, every test class of this module (the EHR and the clinic systems the API tests play,
 * the webhook and video receivers), the REST API's test limits, and the addresses of the care
 * team's peers, which this method (running in the test JVM) starts. One archive for every IT class
 * here, so that one Payara Micro serves them all (each distinct archive costs a start of 25–45 s).
 */
public final class SharingDeployment {

  private SharingDeployment() {}

  public static WebArchive withCareTeamPeers() {
    String peers = CareTeamPeers.running().addresses();
    var war =
        Deployments.domain()
            .addAsLibrary(Deployments.archiveOf(FhirCourier.class))
            .addAsLibraries(hapiLibraries())
            .addAsLibraries(resolve("com.networknt:json-schema-validator"))
            .addAsLibrary(
                // A slow refill, so that ClinicApiIT's flood meets the limit whatever the
                // machine's speed; the burst covers what one test's systems send.
                ShrinkWrap.create(JavaArchive.class, "api-rate.jar")
                    .addAsResource(
                        new StringAsset(
                            "config_ordinal=200\naftercare.api.requests-per-second=1\n"
                                + "aftercare.api.burst=40"),
                        "META-INF/microprofile-config.properties"))
            .addAsResource(new StringAsset(peers), PeerRemote.RESOURCE);
    war.merge(
        Deployments.archiveOf(SharingDeployment.class),
        "/WEB-INF/classes",
        Deployments.WITHOUT_TEST_HARNESS);
    return war;
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
