package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * What every resource provider of the API holds: its resource type and the reads it goes through.
 */
abstract class ReadOnlyProvider<T extends IBaseResource> implements IResourceProvider {

  final Reads reads;
  private final Class<T> type;

  ReadOnlyProvider(Reads reads, Class<T> type) {
    this.reads = reads;
    this.type = type;
  }

  @Override
  public Class<T> getResourceType() {
    return type;
  }
}
