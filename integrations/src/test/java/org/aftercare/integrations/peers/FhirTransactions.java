package org.aftercare.integrations.peers;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR receiver's transaction endpoint and its memory: creates each entry, unless its {@code
 * ifNoneExist} ({@code identifier=system|value} or {@code _tag=system|code}) matches a resource
 * already stored, and points {@code urn:uuid} references at the stored ids, as a FHIR server does.
 */
final class FhirTransactions {

  private final FhirContext context;
  private final FhirTerser terser;
  private final List<Bundle> received = new ArrayList<>();
  private final Map<String, Resource> stored = new LinkedHashMap<>();
  private final Map<String, String> storedIdBySearch = new HashMap<>();
  private long nextId = 1;

  FhirTransactions(FhirContext context) {
    this.context = context;
    this.terser = context.newTerser();
  }

  @Transaction
  public synchronized Bundle transaction(@TransactionParam Bundle bundle) {
    received.add(bundle.copy());
    Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
    Map<String, String> idByFullUrl = new HashMap<>();
    List<Resource> created = new ArrayList<>();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getRequest().getMethod() != HTTPVerb.POST || !entry.hasResource()) {
        throw new InvalidRequestException("This receiver takes only POST entries with a resource");
      }
      String existing = storedIdBySearch.get(entry.getRequest().getIfNoneExist());
      String id = existing != null ? existing : create(entry.getResource(), created);
      idByFullUrl.put(entry.getFullUrl(), id);
      response
          .addEntry()
          .getResponse()
          .setStatus(existing != null ? "200 OK" : "201 Created")
          .setLocation(id + "/_history/1");
    }
    for (Resource resource : created) {
      for (Reference reference :
          terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
        if (idByFullUrl.containsKey(reference.getReference())) {
          reference.setReference(idByFullUrl.get(reference.getReference()));
        }
      }
    }
    return response;
  }

  synchronized List<Bundle> received() {
    return received.stream().map(Bundle::copy).toList();
  }

  synchronized List<Resource> stored() {
    return stored.values().stream().map(Resource::copy).toList();
  }

  synchronized void clear() {
    received.clear();
    stored.clear();
    storedIdBySearch.clear();
  }

  private String create(Resource resource, List<Resource> created) {
    String id = resource.fhirType() + "/" + nextId++;
    Resource copy = resource.copy();
    copy.setId(id);
    stored.put(id, copy);
    created.add(copy);
    searchKeys(copy).forEach(key -> storedIdBySearch.put(key, id));
    return id;
  }

  private List<String> searchKeys(Resource resource) {
    List<String> keys = new ArrayList<>();
    if (context.getResourceDefinition(resource).getChildByName("identifier") != null) {
      for (Identifier identifier : terser.getValues(resource, "identifier", Identifier.class)) {
        keys.add("identifier=" + identifier.getSystem() + "|" + identifier.getValue());
      }
    }
    for (Coding tag : resource.getMeta().getTag()) {
      keys.add("_tag=" + tag.getSystem() + "|" + tag.getCode());
    }
    return keys;
  }
}
